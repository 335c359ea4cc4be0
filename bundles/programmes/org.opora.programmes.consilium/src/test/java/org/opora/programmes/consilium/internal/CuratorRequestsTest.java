package org.opora.programmes.consilium.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.link.AgendaProposal;
import org.opora.consilium.api.link.AgendaReason;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.programmes.api.programme.MeetingRequest;
import org.opora.programmes.api.programme.ProgrammeLifecycle;

class CuratorRequestsTest {

    private static final MeetingRequest REQUEST = new MeetingRequest(42, 7, "Иванов Иван", "5А",
            LocalDate.of(2026, 11, 30), "Волкова Анна Сергеевна", "Признаки самоповреждения");

    private final Translator translator = (key, locale, params) -> key + List.of(params);

    private static ProgrammeLifecycle lifecycle(boolean allowed) {
        return (ProgrammeLifecycle) Proxy.newProxyInstance(CuratorRequestsTest.class.getClassLoader(),
                new Class<?>[] {ProgrammeLifecycle.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("meetingRequests")) {
                        throw new AssertionError("unexpected call " + method.getName());
                    }
                    if (!allowed) {
                        throw new AccessDeniedException("programmes.read-all");
                    }
                    return List.of(REQUEST);
                });
    }

    private static ConsiliumService consilium(boolean createsMeetings) {
        return (ConsiliumService) Proxy.newProxyInstance(CuratorRequestsTest.class.getClassLoader(),
                new Class<?>[] {ConsiliumService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("canCreateMeetings")) {
                        throw new AssertionError("unexpected call " + method.getName());
                    }
                    return createsMeetings;
                });
    }

    @Test
    void anOpenRequestIsProposedForTheAgendaWithTheProgrammeAsItsSource() {
        List<AgendaProposal> proposals = new CuratorRequests(lifecycle(true), consilium(true), translator)
                .proposals(LocalDate.of(2026, 12, 10));
        assertEquals(1, proposals.size());
        AgendaProposal p = proposals.get(0);
        assertEquals(List.of(7L, AgendaReason.CURATOR_REQUEST, "programme:42", LocalDate.of(2026, 11, 30)),
                List.of(p.pupilId(), p.reason(), p.sourceRef(), p.due()));
        assertEquals("programmes.consilium.request[Волкова Анна Сергеевна, 30.11.2026, Признаки самоповреждения]",
                p.note());
    }

    @Test
    void anOpenRequestIsADutyOfWhoeverMayCreateMeetingsOnly() {
        List<Duty> duties = new CuratorRequests(lifecycle(true), consilium(true), translator).dutiesOf(null,
                Locale.forLanguageTag("ru"));
        assertEquals(1, duties.size());
        assertEquals(List.of("programmes.consilium.request.duty[Иванов Иван, 5А]", "consilium/meetings"),
                List.of(duties.get(0).title(), duties.get(0).route()));
        assertEquals(List.of(), new CuratorRequests(lifecycle(true), consilium(false), translator).dutiesOf(null,
                Locale.ENGLISH));
        assertEquals(List.of(), new CuratorRequests(lifecycle(false), consilium(true), translator).dutiesOf(null,
                Locale.ENGLISH), "a user the programmes refuse sees no request");
        assertEquals(List.of(), new CuratorRequests(lifecycle(false), consilium(true), translator)
                .proposals(LocalDate.of(2026, 12, 10)));
    }
}
