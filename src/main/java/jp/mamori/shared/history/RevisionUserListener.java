package jp.mamori.shared.history;

import jp.mamori.shared.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((RevisionInfo) revisionEntity).setUsername(CurrentUser.usernameOrSystem());
    }
}
