/**
 * Individual support programmes (IPS) as the form of regulation 002: the header table field for field, the plan of
 * activities with its seven columns, the lifecycle with recorded steps, revisions, and the curator's observations.
 * 2.0: the one ProgrammeService is split into {@link org.opora.programmes.api.programme.ProgrammeService} (the list,
 * reading, drafting, revisions, due for review), {@link org.opora.programmes.api.programme.ProgrammeLifecycle} (the
 * steps from the parents to closing, extension and change, the consilium's review decision) and {@link
 * org.opora.programmes.api.programme.SupportPlanService} (the plan rows and the curator's observations), with the
 * same methods. 2.1: the consilium's chair appoints the curator ({@link
 * org.opora.programmes.api.programme.ProgrammeService#appointCurator}). 2.3: the curator's request for an unplanned
 * consilium ({@link org.opora.programmes.api.programme.ProgrammeLifecycle#requestMeeting}, {@link
 * org.opora.programmes.api.programme.MeetingRequest}); a plan row carries the service's
 * direction of work (000 §3), {@link org.opora.programmes.api.programme.PlanRow#workDirection}.
 */
@Export
@Version("2.3.0")
package org.opora.programmes.api.programme;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
