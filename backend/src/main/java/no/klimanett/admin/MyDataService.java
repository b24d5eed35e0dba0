package no.klimanett.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import no.klimanett.common.AuditLog;
import no.klimanett.common.ProblemException;
import no.klimanett.common.ProblemType;
import no.klimanett.auth.AppUser;
import no.klimanett.auth.Me;
import no.klimanett.auth.Caller;
import no.klimanett.auth.CallerContext;
import no.klimanett.auth.ActorNames;

/** A person's copy of their own data (the privacy notice's right of access, docs/adoption.md). */
@ApplicationScoped
public class MyDataService {

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    ActorNames names;

    @Inject
    Clock clock;

    @Transactional
    public MyData export() {
        Caller caller = callers.get();
        if (caller.isAnonymous()) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "Log in to download your data");
        }
        if (!caller.isUser() || caller.userId() == null) {
            // an API client is a program granted by an administrator, not a person: there is no personal data to give
            throw ProblemException.forbidden("Only people have personal data here; API clients have none");
        }
        AppUser user = AppUser.findById(caller.userId());
        List<AuditLog.Event> actions = audit.eventsBy(caller.actor());
        List<AuditLog.Event> history = audit.eventsOf(UserService.ENTITY, user.id);
        var actorNames = names.of(history.stream().map(AuditLog.Event::actor).distinct().toList());
        return new MyData(clock.instant(),
                new MyData.Account(user.id, user.email, user.displayName, user.active, user.createdAt),
                Me.Grant.of(user.grants),
                actions,
                history.stream().map(e -> e.named(actorNames)).toList());
    }
}
