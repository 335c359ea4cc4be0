package org.opora.consilium.ui.internal.referral;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.core.api.NotFoundException;
import org.opora.core.kit.Failures;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;

/**
 * One referral ({@code consilium/referral/<id>}): what the teacher saw, where the referral stands, and the actions
 * the user may take now — the administration takes note and names the psychologist, the filer or the
 * administration withdraws it before the examination, the psychologist records the examination. The service
 * decides what the reader may see; a reader who may not see the referral at all gets a sentence and nothing else.
 */
public class ReferralView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    /** The services the page calls. */
    public record Services(ReferralService referrals, ConsiliumService consilium, SecurityContext security) {
    }

    private final transient Services services;
    private transient ConsiliumSettings settings;
    private long referralId;

    public ReferralView(Services services) {
        this.services = services;
        setId("referral");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            message("referral-not-found", "consilium.ui.referral.notFound");
            return;
        }
        referralId = id;
        load();
    }

    /** Reads the referral afresh and shows it. */
    void load() {
        Referral referral;
        try {
            referral = services.referrals().get(referralId);
        } catch (AccessDeniedException e) {
            message("referral-denied", "consilium.ui.referral.denied");
            return;
        } catch (NotFoundException e) {
            message("referral-not-found", "consilium.ui.referral.notFound");
            return;
        } catch (RuntimeException e) {
            removeAll();
            Failures.show(e);
            return;
        }
        show(referral);
    }

    private void show(Referral referral) {
        removeAll();
        if (settings == null) {
            settings = ReferralTexts.settings(services.consilium());
        }
        add(new H2(getTranslation("consilium.ui.referral.heading", referral.pupilName())),
                new ReferralDetails(referral, settings), new ReferralTimeline(referral),
                new ReferralActions(services, referral, this::load));
        boolean examine = Failures.read(() -> services.referrals().canExamine(referral.id()), false);
        if (examine) {
            add(new ExaminationForm(services.referrals(), referral, this::load));
        } else if (referral.status() == ReferralStatus.FILED && !referral.examinerName().isEmpty()) {
            // the findings are the assigned examiner's: say whose, rather than leave the reader looking for the form
            Paragraph whose = new Paragraph(getTranslation("consilium.ui.referral.examinedBy",
                    referral.examinerName()));
            whose.setId("referral-examiner-only");
            add(whose);
        }
    }

    private void message(String id, String key) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId(id);
        add(new H2(getTranslation("consilium.ui.referral.page")), text);
    }
}
