package org.opora.platform.admin.internal.settings;

import org.osgi.service.metatype.AttributeDefinition;

/** A hand-written attribute definition; {@code validate} knows an integer maximum, as Felix does. */
public final class FakeAd implements AttributeDefinition {

    private final String id;
    private final int type;
    private int cardinality;
    private String[] defaults;
    private String[] optionValues;
    private String[] optionLabels;
    private Long max;
    private Long min;

    public FakeAd(String id, int type) {
        this.id = id;
        this.type = type;
    }

    public FakeAd cardinality(int c) {
        this.cardinality = c;
        return this;
    }

    public FakeAd defaults(String... d) {
        this.defaults = d;
        return this;
    }

    public FakeAd options(String[] values, String[] labels) {
        this.optionValues = values;
        this.optionLabels = labels;
        return this;
    }

    public FakeAd max(long m) {
        this.max = m;
        return this;
    }

    public FakeAd min(long min) {
        this.min = min;
        return this;
    }

    @Override
    public String getName() {
        return "Name of " + id;
    }

    @Override
    public String getID() {
        return id;
    }

    @Override
    public String getDescription() {
        return "Description of " + id;
    }

    @Override
    public int getCardinality() {
        return cardinality;
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public String[] getOptionValues() {
        return optionValues;
    }

    @Override
    public String[] getOptionLabels() {
        return optionLabels;
    }

    @Override
    public String validate(String value) {
        if (max == null && min == null) {
            return null;
        }
        String single = value.replace("\\,", ",").replace("\\\\", "\\");
        long v = Long.parseLong(single.strip());
        return max != null && v > max ? "%greater than maximum" : min != null && v < min ? "%less than minimum" : "";
    }

    @Override
    public String[] getDefaultValue() {
        return defaults;
    }
}
