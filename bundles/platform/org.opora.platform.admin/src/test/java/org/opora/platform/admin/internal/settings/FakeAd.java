package org.opora.platform.admin.internal.settings;

import org.osgi.service.metatype.AttributeDefinition;

/** A hand-written attribute definition; {@code validate} knows an integer maximum, as Felix does. */
final class FakeAd implements AttributeDefinition {

    private final String id;
    private final int type;
    private int cardinality;
    private String[] defaults;
    private String[] optionValues;
    private String[] optionLabels;
    private Long max;

    FakeAd(String id, int type) {
        this.id = id;
        this.type = type;
    }

    FakeAd cardinality(int c) {
        this.cardinality = c;
        return this;
    }

    FakeAd defaults(String... d) {
        this.defaults = d;
        return this;
    }

    FakeAd options(String[] values, String[] labels) {
        this.optionValues = values;
        this.optionLabels = labels;
        return this;
    }

    FakeAd max(long m) {
        this.max = m;
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
        if (max == null) {
            return null;
        }
        String single = value.replace("\\,", ",").replace("\\\\", "\\");
        return Long.parseLong(single.strip()) > max ? "%greater than maximum" : "";
    }

    @Override
    public String[] getDefaultValue() {
        return defaults;
    }
}
