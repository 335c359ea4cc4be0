/**
 * What the patronage views share: the routes, the words for the API's enums and end reasons, dates and periods, and
 * the small dialog that records a day with an optional text (a row done, an outcome, a case closed).
 */
package org.opora.patronage.ui.internal.common;
