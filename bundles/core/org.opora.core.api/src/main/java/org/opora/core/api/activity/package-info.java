/**
 * The service's work listed by direction (000 §3): every module contributes the activities it holds through an
 * {@link org.opora.core.api.activity.ActivitySource} (a whiteboard service), and {@link
 * org.opora.core.api.activity.ServiceWork} lists and counts them for a period and a direction of work, for the view
 * the view of the service's work by direction and for reports alike.
 */
@Export
@Version("1.0.0")
package org.opora.core.api.activity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
