package org.opora.core.ui.internal.pupil;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.opora.core.api.CoreException;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.platform.api.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link that downloads the pupil list as XLSX with the filter shown at the moment it is followed. The workbook
 * is built then, for the signed-in user, so the exchange service checks the permission.
 */
final class PupilExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Logger LOG = LoggerFactory.getLogger(PupilExport.class);

    private PupilExport() {
    }

    static Anchor link(ExchangeService exchange, SerializableSupplier<PupilQuery> query, Locale locale) {
        DownloadHandler xlsx = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = exchange.exportPupils(query.get(), locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(LocalDate.now()), XLSX,
                        bytes.length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (CoreException e) {
                LOG.warn("Pupil export refused: {}", e.messageKey());
                return DownloadResponse.error(HttpStatusCode.BAD_REQUEST);
            }
        });
        Anchor link = new Anchor(xlsx, AttachmentType.DOWNLOAD, "");
        link.setId("pupils-export");
        Button look = new Button(UI.getCurrent().getTranslation("core.ui.pupils.export"),
                VaadinIcon.DOWNLOAD.create());
        look.setTabIndex(-1);
        link.add(look);
        return link;
    }

    /** pupils-YYYY-MM-DD.xlsx */
    static String fileName(LocalDate day) {
        return "pupils-" + day + ".xlsx";
    }
}
