package no.klimanett.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.klimanett.common.AuditLog;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import no.klimanett.auth.Me;

@Schema(description = "A copy of the personal data Klimanett holds about the calling person (GDPR Art. 15 and 20): the "
        + "account, its roles, everything the person did as recorded in the audit trail, and the changes made to the account.")
public record MyData(
        Instant exportedAt,
        Account account,
        List<Me.Grant> grants,
        @Schema(description = "Audit records of what this person did, oldest first")
        List<AuditLog.Event> actions,
        @Schema(description = "Audit records of changes to this person's account (by administrators or the person), oldest first")
        List<AuditLog.Event> accountHistory) {

    @Schema(name = "MyDataAccount")
    public record Account(UUID id, String email, String displayName, boolean active, Instant createdAt) {}
}
