package org.opora.platform.print.internal;

import java.util.List;

import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Fields;

/** The label | value rows at the head of a form, as a two-column bordered table. */
final class FieldsBlock {

    /** Labels are short (class, date of birth); values get the room. */
    private static final float[] WEIGHTS = {1f, 2f};
    private static final float NO_FILL = -1f;

    private final Canvas canvas;
    private final Typography typography;

    FieldsBlock(Canvas canvas, Typography typography) {
        this.canvas = canvas;
        this.typography = typography;
    }

    void render(Fields fields) {
        Grid grid = new Grid(canvas, typography, WEIGHTS);
        TextStyle style = typography.body(false);
        for (Field field : fields.rows()) {
            GridRow row = grid.row(List.of(field.label(), field.value()), style, Align.LEFT, NO_FILL);
            grid.flow(row, 0, () -> { });
        }
    }
}
