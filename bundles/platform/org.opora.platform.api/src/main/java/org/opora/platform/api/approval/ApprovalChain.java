package org.opora.platform.api.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opora.platform.api.settings.SettingProblem;

/**
 * Who agrees a record and who approves it, in order, as a school configures it: one step a line, {@code agree: role}
 * or {@code approve: role}, optionally followed by {@code = position} when the printed position is not the role's
 * title. Exactly one {@code approve} line, the last; no role twice. For example
 * <pre>
 * agree: deputy
 * approve: director
 * </pre>
 * The steps are taken in this order: an agreement only when the ones before it are taken, the approval when every
 * agreement is.
 *
 * @param steps the steps in order, the approval last
 */
public record ApprovalChain(List<ChainStep> steps) {

    /** Reason key: a line that is not {@code agree: role} or {@code approve: role}. */
    public static final String MALFORMED = "approval.chain.malformed";
    /** Reason key: a role that does not exist (parameter: the role). */
    public static final String UNKNOWN_ROLE = "approval.chain.unknownRole";
    /** Reason key: a role named twice (parameter: the role). */
    public static final String REPEATED_ROLE = "approval.chain.repeatedRole";
    /** Reason key: no {@code approve} line. */
    public static final String NO_APPROVE = "approval.chain.noApprove";
    /** Reason key: an {@code approve} line that is not the last. */
    public static final String APPROVE_NOT_LAST = "approval.chain.approveNotLast";
    /** The longest position a line may name. */
    public static final int MAX_POSITION = 200;

    private static final Pattern LINE = Pattern.compile(
            "(agree|approve)\\s*:\\s*([A-Za-z0-9][A-Za-z0-9._-]{0,63})\\s*(?:=\\s*(\\S.*))?",
            Pattern.CASE_INSENSITIVE);

    public ApprovalChain {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.get(steps.size() - 1).kind() != ChainStep.Kind.APPROVE) {
            throw new IllegalArgumentException(NO_APPROVE);
        }
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            if (step.kind() == ChainStep.Kind.APPROVE && i < steps.size() - 1) {
                throw new IllegalArgumentException(APPROVE_NOT_LAST);
            }
            if (!roles.add(step.role())) {
                throw new IllegalArgumentException(REPEATED_ROLE);
            }
        }
    }

    /**
     * The chain of the setting's lines (blank lines skipped), without checking that the roles exist.
     *
     * @throws IllegalArgumentException with the reason key of the first problem as its message
     */
    public static ApprovalChain parse(Collection<String> lines) {
        Optional<SettingProblem> problem = problem(lines, role -> true);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().reasonKey());
        }
        List<ChainStep> steps = new ArrayList<>();
        for (String line : lines) {
            if (line != null && !line.isBlank()) {
                steps.add(step(line).orElseThrow());
            }
        }
        return new ApprovalChain(steps);
    }

    /** The chain of the lines; see {@link #parse(Collection)}. */
    public static ApprovalChain of(String... lines) {
        return parse(List.of(lines));
    }

    /**
     * The first problem of a chain setting's lines, naming the line: a malformed line, an unknown role, a role twice,
     * an approval that is not the last line, no approval at all (named on the last line).
     *
     * @param knownRole whether a role of that name exists
     */
    public static Optional<SettingProblem> problem(Collection<String> lines, Predicate<String> knownRole) {
        Set<String> seen = new HashSet<>();
        String approve = null;
        String last = "";
        for (String raw : lines) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String line = raw.strip();
            last = line;
            Optional<ChainStep> parsed = step(line);
            if (parsed.isEmpty()) {
                return Optional.of(SettingProblem.of(line, MALFORMED));
            }
            ChainStep step = parsed.get();
            if (approve != null) {
                return Optional.of(SettingProblem.of(approve, APPROVE_NOT_LAST));
            }
            if (!knownRole.test(step.role())) {
                return Optional.of(SettingProblem.of(line, UNKNOWN_ROLE, step.role()));
            }
            if (!seen.add(step.role())) {
                return Optional.of(SettingProblem.of(line, REPEATED_ROLE, step.role()));
            }
            if (step.kind() == ChainStep.Kind.APPROVE) {
                approve = line;
            }
        }
        return approve == null ? Optional.of(SettingProblem.of(last, NO_APPROVE)) : Optional.empty();
    }

    private static Optional<ChainStep> step(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches() || m.group(3) != null && m.group(3).strip().length() > MAX_POSITION) {
            return Optional.empty();
        }
        ChainStep.Kind kind = m.group(1).equalsIgnoreCase("agree") ? ChainStep.Kind.AGREE : ChainStep.Kind.APPROVE;
        return Optional.of(new ChainStep(kind, m.group(2).toLowerCase(Locale.ROOT), m.group(3)));
    }

    /** The approving step, the last. */
    public ChainStep approver() {
        return steps.get(steps.size() - 1);
    }

    /** The agreeing steps in order. */
    public List<ChainStep> agreements() {
        return steps.subList(0, steps.size() - 1);
    }

    /** The roles of the chain. */
    public Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        steps.forEach(s -> roles.add(s.role()));
        return roles;
    }

    /** The step of the role, if the chain names it. */
    public Optional<ChainStep> step(ChainStep.Kind kind, String role) {
        return steps.stream().filter(s -> s.kind() == kind && s.role().equals(role)).findFirst();
    }

    /**
     * The next step to take: the first agreement whose role has not agreed yet, else the approval.
     *
     * @param agreedRoles the roles whose agreement the record has
     */
    public ChainStep next(Collection<String> agreedRoles) {
        return agreements().stream().filter(s -> !agreedRoles.contains(s.role())).findFirst().orElse(approver());
    }

    /** The chain as setting lines. */
    public List<String> lines() {
        return steps.stream().map(ChainStep::line).toList();
    }
}
