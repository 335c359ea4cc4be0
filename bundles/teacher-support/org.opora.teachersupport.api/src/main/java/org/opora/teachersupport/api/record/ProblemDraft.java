package org.opora.teachersupport.api.record;

/**
 * An identified problem (difficulty) of the teacher to add or correct.
 *
 * @param difficultyType a configured type of difficulty (regulation 004, 4.1), required
 * @param description    what the difficulty is, required
 */
public record ProblemDraft(String difficultyType, String description) {

    public ProblemDraft {
        difficultyType = difficultyType == null ? "" : difficultyType.strip();
        description = description == null ? "" : description.strip();
    }
}
