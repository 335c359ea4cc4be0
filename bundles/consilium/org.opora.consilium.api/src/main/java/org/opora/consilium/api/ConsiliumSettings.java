package org.opora.consilium.api;

import java.util.List;
import java.util.Objects;

import org.opora.core.api.ListItem;

/**
 * The school's consilium settings as the views need them, labelled for one language.
 *
 * @param body                 code of the consilium among the core's functional bodies (its composition)
 * @param orderRequired        whether a member is appointed only by an order from the core's register
 * @param parentsMustBeInvited whether a protocol is finalised only when parents were invited for every pupil
 * @param examinationDays      days after filing by which a referred pupil should have been examined
 * @param requiredTypes        specialist types that must take part in every meeting (core's specialist types)
 * @param signs                signs that need attention, for referrals
 * @param monitoringKinds      monitoring surveys a planned meeting follows
 * @param decisionTypes        decisions on a pupil (see {@link Decisions} for the codes with a fixed meaning)
 */
public record ConsiliumSettings(String body, boolean orderRequired, boolean parentsMustBeInvited,
        int examinationDays, List<String> requiredTypes, List<ListItem> signs, List<ListItem> monitoringKinds,
        List<ListItem> decisionTypes) {

    public ConsiliumSettings {
        Objects.requireNonNull(body, "body");
        requiredTypes = List.copyOf(requiredTypes);
        signs = List.copyOf(signs);
        monitoringKinds = List.copyOf(monitoringKinds);
        decisionTypes = List.copyOf(decisionTypes);
    }

    /** The label of a code in one of the lists; the code itself when it is no longer configured. */
    public static String label(List<ListItem> list, String code) {
        return list.stream().filter(i -> i.code().equals(code)).map(ListItem::label).findFirst().orElse(code);
    }
}
