package org.opora.consilium.impl.internal.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.opora.consilium.api.meeting.PupilDiscussion;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.MeetingEntity;
import org.opora.core.support.Caller;

/** The meetings at which a pupil is or was discussed, for the pupil card: only those the user may read; audited. */
final class Discussions {

    static final String RECORD = "consilium.pupil-discussions";

    private final MeetingContext ctx;

    Discussions(MeetingContext ctx) {
        this.ctx = ctx;
    }

    List<PupilDiscussion> of(long pupilId) {
        Caller who = ctx.caller();
        List<PupilDiscussion> found = ctx.db.read(em -> {
            Set<Long> involved = ctx.involvement(em, who);
            List<PupilDiscussion> list = new ArrayList<>();
            for (Object[] row : em.createQuery("select i, m from AgendaItemEntity i, MeetingEntity m"
                    + " where i.meetingId = m.id and i.pupilId = :p order by m.date desc, m.id desc", Object[].class)
                    .setParameter("p", pupilId).getResultList()) {
                AgendaItemEntity i = (AgendaItemEntity) row[0];
                MeetingEntity m = (MeetingEntity) row[1];
                boolean in = involved.contains(m.getId());
                if (ctx.access(who, m, in, in).canRead()) {
                    list.add(new PupilDiscussion(m.getId(), m.getNumber(), m.getDate(), m.toRecord(0).kind(),
                            m.getStatus(), i.getId(), i.getReason(), i.getDecisions()));
                }
            }
            return list;
        });
        ctx.read(RECORD, pupilId);
        return found;
    }
}
