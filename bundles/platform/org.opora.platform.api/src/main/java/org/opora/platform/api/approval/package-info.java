/**
 * Approval chains as configuration: which roles agree a record and which role approves it, in order. A module keeps
 * a chain as a string[] setting of its rules PID, one step a line ({@code agree: deputy}, {@code approve: director});
 * {@link org.opora.platform.api.approval.ApprovalChain} reads it the same way for every module, and
 * {@link org.opora.platform.api.approval.ApprovalRoles} (the platform's security bundle) names a step's position and
 * the people holding its role.
 */
@Export
@Version("1.0.0")
package org.opora.platform.api.approval;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
