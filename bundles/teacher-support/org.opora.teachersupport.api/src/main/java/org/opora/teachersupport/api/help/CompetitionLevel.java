package org.opora.teachersupport.api.help;

/** The level of a competition, festival or event the teacher is helped to prepare for (regulation 004, 3.5). */
public enum CompetitionLevel {
    SCHOOL, CITY, REGION, COUNTRY
}
