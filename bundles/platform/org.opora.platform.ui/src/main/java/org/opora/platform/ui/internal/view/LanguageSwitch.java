package org.opora.platform.ui.internal.view;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.opora.platform.ui.internal.I18nRegistry;
import org.opora.platform.ui.internal.LoginService;

/** Switches the UI between Russian (the default) and English, remembering the choice for the user. */
final class LanguageSwitch extends Button {

    private static final long serialVersionUID = 1L;

    LanguageSwitch(LoginService login) {
        setText(getTranslation("platform.language.other"));
        setIcon(VaadinIcon.GLOBE.create());
        setId("opora-language");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            Locale next = I18nRegistry.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage())
                    ? I18nRegistry.RUSSIAN : I18nRegistry.ENGLISH;
            Session.user().ifPresent(u -> login.rememberLocale(u, next));
            Session.setLocale(next);
            ui.getPage().reload();
        });
    }
}
