package org.opora.consilium.demo.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What the demo consilium consists of: the meetings with their pupils and the two referrals.
 *
 * @param meetings       the meetings, oldest first
 * @param filedPupil     the pupil of the referral left awaiting the examination
 * @param confirmedPupil the pupil of the referral examined and confirmed
 */
record DemoPlan(List<DemoMeeting> meetings, long filedPupil, long confirmedPupil) {

    DemoPlan {
        meetings = List.copyOf(meetings);
    }

    /**
     * One planned meeting.
     *
     * @param monitoring the monitoring survey that prompted it (code of the configured list)
     * @param date       its day
     * @param pupils     the pupils on its agenda, in order
     * @param finalise   whether its protocol is finalised (the meeting is in the past) or it is in preparation
     */
    record DemoMeeting(String monitoring, LocalDate date, List<Long> pupils, boolean finalise) {

        DemoMeeting {
            pupils = List.copyOf(pupils);
        }
    }
}
