/**
 * Support for the implementations of modules built on the core (consilium, programmes …): {@link
 * org.opora.core.support.ModuleGuard}, {@link org.opora.core.support.ModuleDatabase}, {@link
 * org.opora.core.support.FieldChecks} and {@link org.opora.core.support.ConfiguredLists}. Not an API of a service:
 * classes a module's own components extend or call. (2.0: the demo's DemoRun and DemoTexts moved to the demo bundle
 * {@code org.opora.core.demo}. 2.1: the caller and the people looked up in the core, {@link
 * org.opora.core.support.Caller} and {@link org.opora.core.support.ModulePeople}; {@link
 * org.opora.core.support.Codes}, {@link org.opora.core.support.RecordIds} and {@link
 * org.opora.core.support.FormTexts}, once copied in every module. 2.2: {@link org.opora.core.support.RecordWriter}, the
 * write-and-journal shape of a service. 2.6: date ranges in {@link
 * org.opora.core.support.FieldChecks}: within, schoolYears, sinceBirth. 2.7: a {@link org.opora.core.support.Caller}
 * reads its memberships by the roles' configured meanings, {@code core.api.staff.BodyRoles}, which {@link
 * org.opora.core.support.ModulePeople} passes on; {@link org.opora.core.support.SettingCodes}, the checks of settings
 * that name codes of lists. 2.8: {@link org.opora.core.support.FieldChecks#all} and {@link org.opora.core.support.Objections}, every
 * objection of a form at once; {@link org.opora.core.support.WorkDirections}, the check of a direction of work.)
 */
@Export
@Version("2.8.0")
package org.opora.core.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
