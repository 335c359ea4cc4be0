/**
 * Meetings of the consilium (planned after a monitoring survey, or unplanned), their participants, the per-pupil
 * agenda following the procedure of regulation 002 (presentations, problems, goal and tasks, resources, decision)
 * and the protocol, which once finalised changes only by an audited amendment. 2.0: the one MeetingService is
 * split into {@link org.opora.consilium.api.meeting.MeetingService}, {@link
 * org.opora.consilium.api.meeting.AgendaService}, {@link org.opora.consilium.api.meeting.ContributionService},
 * {@link org.opora.consilium.api.meeting.ParticipantService} and {@link
 * org.opora.consilium.api.meeting.ProtocolService}, with the same methods. 2.1: {@link
 * org.opora.consilium.api.meeting.MeetingService#check}, a header's objections without writing.
 */
@Export
@Version("2.1.0")
package org.opora.consilium.api.meeting;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
