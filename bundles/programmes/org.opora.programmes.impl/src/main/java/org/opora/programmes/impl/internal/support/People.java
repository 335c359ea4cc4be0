package org.opora.programmes.impl.internal.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.opora.consilium.api.ConsiliumOfficers;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.ModulePeople;
import org.opora.programmes.api.programme.CitableProtocol;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.ProtocolSource;
import org.opora.programmes.impl.internal.model.PupilSnapshot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The people the programmes speak of, looked up in the core (see {@link ModulePeople}). A caller carries the roles
 * they hold in the consilium today (the chair reads every programme, regulation 002: the chair appoints the
 * curator; the chair, deputy chair and secretary record its decisions). Which body is the consilium and who holds
 * its roles is the consilium's to say ({@link ConsiliumOfficers}): without the consilium module nobody holds them.
 */
@Component(service = People.class)
public class People extends ModulePeople {

    private final ProgrammesDatabase db;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConsiliumOfficers consilium;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProtocolSource protocols;

    @Activate
    public People(@Reference Guard guard, @Reference ProgrammesDatabase db, @Reference StaffService staff,
            @Reference PupilService pupils, @Reference BodyRoles roles) {
        super(guard, staff, pupils, "programmes", roles);
        this.db = db;
    }

    /** The caller's memberships of the consilium that hold today. */
    @Override
    protected List<BodyMember> memberships(long staffId) {
        ConsiliumOfficers officers = consilium;
        LocalDate today = db.today();
        return officers == null ? List.of()
                : officers.membershipsOf(staffId).stream().filter(m -> m.activeOn(today)).toList();
    }

    /** The chair of the consilium on the day; empty without the consilium, a chair or the right to read it. */
    public Optional<BodyMember> consiliumChair(LocalDate day) {
        ConsiliumOfficers officers = consilium;
        return officers == null ? Optional.empty() : officers.chair(day);
    }

    /**
     * The curator the chair appointed at the consilium's meeting, as the cited finalised protocol names them (002:
     * the chair appoints the curator); {@code null} for a typed-in protocol, without the consilium or when the
     * caller may not read the protocol.
     */
    public Long protocolCurator(long pupilId, ProtocolCitation cited) {
        ProtocolSource source = protocols;
        if (source == null || cited == null || cited.itemId() == null) {
            return null;
        }
        return source.protocolsFor(pupilId, who().locale()).stream()
                .filter(c -> cited.itemId().equals(c.citation().itemId())).map(CitableProtocol::curatorId)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The pupil as a programme records them now: the core data and the parents' names from the card. */
    public PupilSnapshot snapshot(Pupil p) {
        List<Representative> reps = card(p.id()).representatives();
        String parents = reps.stream().map(Representative::fullName).collect(Collectors.joining("\n"));
        return new PupilSnapshot(p.id(), p.name().full(), p.birthDate(), p.className(), p.classTeacher(), parents);
    }

    /**
     * The current pupils (not archived) with the status flag active today, as the core shows them to the caller
     * (the flag filter needs {@code core.pupil.flags}); one query, at most {@code limit}.
     */
    public List<Pupil> currentWithFlag(String flag, int limit) {
        return pupils().find(new PupilQuery("", null, flag, false), 0, limit);
    }

    /** The ids of the current pupils of a class. */
    public List<Long> ofClass(long classId) {
        return pupils().ofClass(classId).stream().map(Pupil::id).toList();
    }
}
