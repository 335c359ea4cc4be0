package org.opora.consilium.ui.internal.meeting;

import java.util.List;

import com.vaadin.flow.component.dialog.Dialog;

import org.opora.consilium.api.link.AgendaProposal;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/** Puts the checked proposals for the meeting's day on its agenda. */
class ProposalsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    ProposalsDialog(MeetingPage page) {
        setId("proposals-dialog");
        setHeaderTitle(getTranslation("consilium.ui.meeting.proposals"));
        setWidth("52em");
        ProposalList list = new ProposalList(page.services().agenda(), page.services().pupils());
        list.load(page.meeting().date());
        add(list);
        getFooter().add(Forms.button("proposals-cancel", "consilium.ui.common.cancel", this::close),
                Forms.primary("proposals-save", "consilium.ui.meeting.agenda.add", () -> {
                    List<AgendaProposal> checked = list.checked();
                    int added = 0;
                    for (AgendaProposal p : checked) {
                        if (Failures.run(() -> page.services().agenda().addItem(page.meeting().id(), p))) {
                            added++;
                        }
                    }
                    Notifications.success(getTranslation("consilium.ui.meeting.agenda.addedMany", added));
                    close();
                    page.reload().run();
                }));
    }
}
