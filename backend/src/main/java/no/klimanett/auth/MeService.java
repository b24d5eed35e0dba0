package no.klimanett.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;

@ApplicationScoped
public class MeService {

    @Inject
    CallerContext callers;

    @Transactional
    public Me current() {
        Caller caller = callers.get();
        if (caller.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Log in to see who you are");
        }
        if (caller.isClient()) {
            return new Me(null, caller.kind(), null, caller.name(), caller.clientId(), false, List.of(),
                    caller.scopes().stream().map(ClientScope::value).sorted().toList(),
                    caller.clientNetworks().stream().sorted().toList());
        }
        AppUser user = AppUser.findById(caller.userId());
        return new Me(user.id, caller.kind(), user.email, user.displayName, null, caller.admin(), Me.Grant.of(user.grants),
                List.of(), List.of());
    }
}
