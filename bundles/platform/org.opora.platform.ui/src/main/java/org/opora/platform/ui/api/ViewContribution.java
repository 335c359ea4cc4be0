package org.opora.platform.ui.api;

import com.vaadin.flow.component.Component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's view: a DS component annotated with {@link OporaView} (route, title, icon, order, permission) that
 * creates the view with the services the component received. Views never look services up themselves.
 *
 * <pre>{@code
 * @Component(service = ViewContribution.class)
 * @OporaView(route = "pupils", titleKey = "core.nav.pupils", icon = "vaadin:users", order = 100,
 *            permission = "core.pupil.read")
 * public class PupilsViewContribution implements ViewContribution {
 *     private final PupilService pupils;
 *     @Activate public PupilsViewContribution(@Reference PupilService pupils) { this.pupils = pupils; }
 *     public Class<PupilsView> viewType() { return PupilsView.class; }
 *     public Component createView() { return new PupilsView(pupils); }
 * }
 * }</pre>
 *
 * <p>A view that takes a parameter from the URL implements Vaadin's {@code HasUrlParameter}; the route then
 * matches {@code route/<parameter>}.
 */
@ConsumerType
public interface ViewContribution {

    /** The view class; each contribution has its own class. */
    Class<? extends Component> viewType();

    /** A new view instance for one navigation; called on the UI thread of the user's session. */
    Component createView();
}
