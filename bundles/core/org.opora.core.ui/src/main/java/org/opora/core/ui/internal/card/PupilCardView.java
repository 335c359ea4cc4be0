package org.opora.core.ui.internal.card;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Labels;
import org.opora.core.kit.RecordTabs;
import org.opora.platform.api.audit.AuditUnavailableException;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.PupilCardSections;

/**
 * The pupil card ({@code pupil/<id>}): a header and tabs — core data, legal representatives, status flags,
 * classes by year, archive — followed by the tabs installed modules contribute. Reading the card is audited by the
 * pupil service; module tabs come and go with their modules while the card is open.
 */
public class PupilCardView extends VerticalLayout implements HasUrlParameter<Long> {

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private final transient PupilCardSections sections;
    private final transient SecurityContext security;
    private long pupilId;
    private transient ModuleTabs<?> moduleTabs;
    private transient Runnable unlisten = () -> { };

    /** The core services the card calls. */
    public record Services(PupilService pupils, ClassService classes, SchoolService school, ReferenceLists lists) {
    }

    public PupilCardView(Services services, PupilCardSections sections, SecurityContext security) {
        this.services = services;
        this.sections = sections;
        this.security = security;
        setId("pupil-card");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            notFound();
            return;
        }
        pupilId = id;
        load();
    }

    /** Reads the card afresh and shows it, keeping the open tab. */
    void load() {
        int selected = RecordTabs.openIn(this);
        PupilCard card;
        try {
            card = services.pupils().card(pupilId);
        } catch (NotFoundException e) {
            notFound();
            return;
        } catch (AuditUnavailableException e) {
            removeAll();
            moduleTabs = null;
            Failures.show(e);
            return;
        } catch (AccessDeniedException e) {
            message("core.ui.card.denied.title", "core.ui.card.denied.text", "pupil-denied");
            return;
        } catch (RuntimeException e) {
            removeAll();
            moduleTabs = null;
            Failures.show(e);
            return;
        }
        show(card, Math.max(0, selected));
    }

    private void show(PupilCard card, int selectedTab) {
        removeAll();
        OporaUser user = security.requireUser();
        Locale locale = UI.getCurrent().getLocale();
        List<SchoolClass> classes = Failures.read(
                () -> services.classes().classes(services.school().school().currentYear()), List.of());
        RecordTabs tabs = new RecordTabs("pupil-tabs", "pupil-tab-", "core.ui.card.tab.")
                .add("main", new MainTab(services.pupils(), card, classes, this::load))
                .add("representatives", new RepresentativesTab(services.pupils(), card,
                        Labels.of(services.lists(), ReferenceList.RELATIONS, locale), this::load));
        if (user.has(CorePermissions.PUPIL_FLAGS)) {
            tabs.add("flags", new FlagsTab(services.pupils(), card,
                    Labels.of(services.lists(), ReferenceList.PUPIL_FLAGS, locale), this::load));
        }
        tabs.add("placements", new PlacementsTab(card));
        if (user.has(CorePermissions.PUPIL_ARCHIVE)) {
            tabs.add("archive", new ArchiveTab(services.pupils(), card, classes, this::load));
        }
        moduleTabs = ModuleTabs.pupil(tabs.sheet(), tabs.sheet().getTabCount(), sections, card.pupil().id());
        moduleTabs.rebuild(user);
        add(new CardHeader(card));
        addAndExpand(tabs.open(selectedTab));
    }


    private void notFound() {
        message("core.ui.card.notFound.title", "core.ui.card.notFound.text", "pupil-not-found");
    }

    /** A page saying why there is no card: not found, or not the caller's to read. */
    private void message(String titleKey, String textKey, String id) {
        removeAll();
        moduleTabs = null;
        H2 title = new H2(getTranslation(titleKey));
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.setId(id);
        add(title, text);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        unlisten.run();
        unlisten = ModuleTabs.follow(event.getUI(), sections::onChange, this::modulesChanged);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unlisten.run();
        unlisten = () -> { };
    }

    private void modulesChanged() {
        if (moduleTabs != null) {
            security.currentUser().ifPresent(moduleTabs::rebuild);
        }
    }
}
