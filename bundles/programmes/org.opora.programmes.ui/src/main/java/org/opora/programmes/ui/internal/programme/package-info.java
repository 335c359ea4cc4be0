/**
 * Individual support programmes of regulation 002: the list ({@code programmes}) with its filters, the dialog that
 * drafts a programme for a pupil, and the programme's page ({@code programmes/programme/<id>}) with the form field
 * for field, the support plan with its seven columns, the way through the lifecycle and the curator's observations.
 */
package org.opora.programmes.ui.internal.programme;
