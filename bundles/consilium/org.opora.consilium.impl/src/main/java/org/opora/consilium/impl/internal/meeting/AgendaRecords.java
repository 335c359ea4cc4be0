package org.opora.consilium.impl.internal.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.consilium.api.meeting.AgendaItem;
import org.opora.consilium.api.meeting.ParentInvitation;
import org.opora.consilium.api.meeting.Presentation;
import org.opora.consilium.impl.internal.model.AgendaItemEntity;
import org.opora.consilium.impl.internal.model.ParentInvitationEntity;
import org.opora.consilium.impl.internal.model.PresentationEntity;

/** Agenda items as records, with their parents and presentations read in two queries for the whole agenda. */
final class AgendaRecords {

    private AgendaRecords() {
    }

    static List<AgendaItemEntity> items(EntityManager em, long meetingId) {
        return em.createQuery("select i from AgendaItemEntity i where i.meetingId = :m order by i.position, i.id",
                AgendaItemEntity.class).setParameter("m", meetingId).getResultList();
    }

    static AgendaItem record(EntityManager em, AgendaItemEntity item) {
        return records(em, List.of(item)).get(0);
    }

    static List<AgendaItem> records(EntityManager em, List<AgendaItemEntity> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> ids = items.stream().map(AgendaItemEntity::getId).toList();
        Map<Long, List<ParentInvitation>> parents = em.createQuery("select x from ParentInvitationEntity x"
                + " where x.itemId in :ids order by x.id", ParentInvitationEntity.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.groupingBy(ParentInvitationEntity::getItemId,
                        Collectors.mapping(ParentInvitationEntity::toRecord, Collectors.toList())));
        Map<Long, List<Presentation>> presentations = em.createQuery("select p from PresentationEntity p"
                + " where p.itemId in :ids order by p.id", PresentationEntity.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.groupingBy(PresentationEntity::getItemId,
                        Collectors.mapping(PresentationEntity::toRecord, Collectors.toList())));
        List<AgendaItem> records = new ArrayList<>();
        for (AgendaItemEntity i : items) {
            records.add(i.toRecord(parents.getOrDefault(i.getId(), List.of()),
                    presentations.getOrDefault(i.getId(), List.of())));
        }
        return records;
    }
}
