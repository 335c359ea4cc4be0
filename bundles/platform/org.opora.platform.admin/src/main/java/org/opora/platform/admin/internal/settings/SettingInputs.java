package org.opora.platform.admin.internal.settings;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;

import org.osgi.service.metatype.AttributeDefinition;

/**
 * Makes the form field for an attribute, by its {@link FieldKind}: label from the definition's name, helper text
 * from its description and default, the stored value filled in (never a stored password). Fields are validated by
 * the form on saving, not by the components themselves.
 */
final class SettingInputs {

    private SettingInputs() {
    }

    /**
     * The field for an attribute.
     *
     * @param field  the attribute
     * @param stored the stored value, null if none is stored
     */
    static SettingInput create(SettingField field, Object stored) {
        return create(field, stored, null, null, null);
    }

    /**
     * The field for an attribute; a coded list the module names is edited as rows ({@link CodedListField}).
     *
     * @param field  the attribute
     * @param stored the stored value, null if none is stored
     * @param checks the modules' checks, null for none
     * @param pid    the configuration's PID
     * @param locale the user's language, for the defaults' labels
     */
    static SettingInput create(SettingField field, Object stored, SettingsChecks checks, String pid, String locale) {
        if (checks != null && field.multiValued() && checks.codedLists(pid).contains(field.id())) {
            return coded(field, stored, checks, pid, locale);
        }
        String text = SettingValues.toText(stored);
        SettingInput input = switch (field.kind()) {
            case TEXT -> text(new TextField(), field, text);
            case LONG -> {
                TextField f = new TextField();
                f.setAllowedCharPattern("[-+0-9]");
                yield text(f, field, text);
            }
            case PASSWORD -> password(field, stored != null);
            case INTEGER -> integer(field, text);
            case DECIMAL -> decimal(field, text);
            case BOOLEAN -> bool(field, stored == null ? field.defaultText() : text);
            case CHOICE -> choice(field, text);
            case MULTI_LINE -> multi(field, text);
        };
        Component c = input.component();
        c.setId("admin-settings-field-" + field.id());
        if (c instanceof HasLabel l) {
            l.setLabel(field.name());
        }
        if (c instanceof HasHelper h) {
            Locale language = Locale.forLanguageTag(locale == null ? "ru" : locale);
            h.setHelperText(helper(c, field, code -> checks == null ? code
                    : checks.builtInLabel(pid, field.id(), code.strip(), language).map(l -> l + " (" + code + ")")
                            .orElse(code)));
        }
        if (c instanceof HasValidation v) {
            v.setManualValidation(true);
        }
        return input;
    }

    /** The description and the default in words: yes or no, an option's label, codes with their labels. */
    private static String helper(Component c, SettingField field, java.util.function.UnaryOperator<String> labelled) {
        StringBuilder helper = new StringBuilder(field.description());
        if (field.kind() == FieldKind.PASSWORD) {
            return helper.toString();
        }
        if (!field.defaults().isEmpty()) {
            String shown = switch (field.kind()) {
                case CHOICE -> field.labelOf(field.defaultText());
                case BOOLEAN -> c.getTranslation(Boolean.parseBoolean(field.defaultText().strip())
                        ? "admin.settings.yes" : "admin.settings.no");
                default -> field.defaults().stream().map(labelled).collect(Collectors.joining(", "));
            };
            append(helper, c.getTranslation("admin.settings.default", shown));
        }
        if (field.kind() == FieldKind.MULTI_LINE) {
            append(helper, c.getTranslation("admin.settings.onePerLine"));
        }
        return helper.toString();
    }

    private static SettingInput coded(SettingField field, Object stored, SettingsChecks checks, String pid,
            String locale) {
        List<String> lines = stored == null ? field.defaults() : SettingsChecks.lines(stored);
        CodedListField f = new CodedListField(field, lines,
                (code, language) -> checks.builtInLabel(pid, field.id(), code, language).orElse(""));
        f.setId("admin-settings-field-" + field.id());
        Locale language = locale == null ? Locale.forLanguageTag("ru") : Locale.forLanguageTag(locale);
        String defaults = field.defaults().stream().map(l -> label(CodedLine.parse(l), language,
                checks.builtInLabel(pid, field.id(), CodedLine.parse(l).code(), language))).collect(
                        Collectors.joining(", "));
        f.setHelperDefaults(defaults.isEmpty() ? "" : f.getTranslation("admin.settings.default", defaults));
        return new SettingInput(field, f, f::text, () -> false, f::rowsError);
    }

    /** The label of a line in the language: the school's own, else the module's, else the code. */
    static String label(CodedLine line, Locale language, java.util.Optional<String> builtIn) {
        boolean english = "en".equals(language.getLanguage());
        String own = english && !line.english().isEmpty() ? line.english() : line.russian();
        if (!own.isEmpty() && (!english || !line.english().isEmpty() || builtIn.isEmpty())) {
            return own;
        }
        return builtIn.orElse(own.isEmpty() ? line.code() : own);
    }

    private static void append(StringBuilder helper, String text) {
        helper.append(helper.length() == 0 ? "" : " ").append(text);
    }

    private static SettingInput text(TextField f, SettingField field, String text) {
        f.setValue(text);
        f.setPlaceholder(field.defaultText());
        f.setClearButtonVisible(true);
        return new SettingInput(field, f, f::getValue, () -> false);
    }

    private static SettingInput password(SettingField field, boolean stored) {
        PasswordField f = new PasswordField();
        if (stored) {
            f.setPlaceholder(f.getTranslation("admin.settings.password.keep"));
        }
        return new SettingInput(field, f, f::getValue, () -> false);
    }

    private static SettingInput integer(SettingField field, String text) {
        IntegerField f = new IntegerField();
        if (field.type() == AttributeDefinition.SHORT) {
            f.setMin(Short.MIN_VALUE);
            f.setMax(Short.MAX_VALUE);
        } else if (field.type() == AttributeDefinition.BYTE) {
            f.setMin(Byte.MIN_VALUE);
            f.setMax(Byte.MAX_VALUE);
        }
        f.setValue(number(text, Integer::valueOf));
        f.setPlaceholder(field.defaultText());
        return new SettingInput(field, f, () -> f.getValue() == null ? "" : f.getValue().toString(), () -> bad(f));
    }

    private static SettingInput decimal(SettingField field, String text) {
        NumberField f = new NumberField();
        f.setValue(number(text, Double::valueOf));
        f.setPlaceholder(field.defaultText());
        return new SettingInput(field, f, () -> f.getValue() == null ? "" : f.getValue().toString(), () -> bad(f));
    }

    private static SettingInput bool(SettingField field, String text) {
        Checkbox f = new Checkbox();
        f.setValue(Boolean.parseBoolean(text.strip()));
        return new SettingInput(field, f, () -> f.getValue().toString(), () -> false);
    }

    private static SettingInput choice(SettingField field, String text) {
        Select<String> f = new Select<>();
        f.setItems(field.options().stream().map(SettingField.Option::value).toList());
        f.setItemLabelGenerator(field::labelOf);
        f.setEmptySelectionAllowed(true);
        f.setEmptySelectionCaption(f.getTranslation("admin.settings.choice.default",
                field.defaults().isEmpty() ? "—" : field.labelOf(field.defaultText())));
        if (field.options().stream().anyMatch(o -> o.value().equals(text))) {
            f.setValue(text);
        }
        return new SettingInput(field, f, () -> f.getValue() == null ? "" : f.getValue(), () -> false);
    }

    private static SettingInput multi(SettingField field, String text) {
        TextArea f = new TextArea();
        f.setValue(text);
        f.setPlaceholder(field.defaultText());
        f.setMinRows(2);
        return new SettingInput(field, f, f::getValue, () -> false);
    }

    /** A stored value the number field cannot hold is shown empty rather than failing the whole form. */
    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return text.isBlank() ? null : parse.apply(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the browser holds text the number field could not read; its own validator knows. */
    private static <T extends Number> boolean bad(AbstractNumberField<?, T> f) {
        try {
            return f.getDefaultValidator().apply(f.getValue(), new ValueContext(f, f)).isError();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
