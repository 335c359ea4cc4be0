/**
 * The register of the support service's documents (000 §5): plans, schedules, reports, programmes, instructions; and
 * the check of uploaded files every module uses ({@link org.opora.core.api.document.AttachmentCheck}, added in 1.1);
 * documents about a pupil, confidential types, retention and acts of destruction, a document's direction of work
 * (000 §3), and the withdrawal of a document just added whose module could not keep its own record (added in 1.2).
 */
@Export
@Version("1.2.0")
package org.opora.core.api.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
