package org.opora.platform.ui.internal;

import org.opora.platform.api.audit.AuditService;

/**
 * The host's services, handed to the host's own views by the instantiator (views never look services up).
 *
 * @param views  module views
 * @param i18n   messages
 * @param duties "my duties"
 * @param login  sign-in
 * @param audit  audit journal
 * @param config UI settings
 */
public record HostContext(ViewRegistry views, I18nRegistry i18n, DutyBoard duties, LoginService login,
        AuditService audit, UiConfig config) {
}
