/** Referrals of pupils showing signs that need attention, and the additional examination (regulation 002). */
package org.opora.consilium.impl.internal.referral;
