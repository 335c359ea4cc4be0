package org.opora.core.impl.internal.document;

import java.util.Set;

import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.rules.FileCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The file check of the document register, published for every module: {@link FileCheck} with the limits of the
 * core's rules, read on every call so that a change in Settings applies at once.
 */
@Component
public class ConfiguredAttachmentCheck implements AttachmentCheck {

    private final CoreRules rules;

    @Activate
    public ConfiguredAttachmentCheck(@Reference CoreRules rules) {
        this.rules = rules;
    }

    @Override
    public Attachment check(Attachment file) {
        return current().check(file);
    }

    @Override
    public long maxBytes() {
        return rules.maxFileBytes();
    }

    @Override
    public Set<String> extensions() {
        return current().extensions();
    }

    private FileCheck current() {
        return new FileCheck(rules.maxFileBytes(), rules.fileTypes());
    }
}
