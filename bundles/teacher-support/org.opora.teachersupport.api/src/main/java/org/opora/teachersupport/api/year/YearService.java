package org.opora.teachersupport.api.year;

import org.osgi.annotation.versioning.ProviderType;

/** The year's summary of the methodological support, for the administration and the holders of read-all. */
@ProviderType
public interface YearService {

    /** The summary of the academic year starting in {@code startYear}. */
    YearSummary summary(int startYear);
}
