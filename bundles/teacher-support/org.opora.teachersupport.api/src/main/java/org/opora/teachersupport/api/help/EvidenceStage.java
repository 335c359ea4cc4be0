package org.opora.teachersupport.api.help;

/**
 * When evidence was taken: before the support began or after it (the comparative analyses of regulation 004, 5.2),
 * or during it (questionnaires, feedback).
 */
public enum EvidenceStage {
    BEFORE, DURING, AFTER
}
