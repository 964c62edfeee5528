package dev.newsdesk.app.chat;

/**
 * Who may change what. Anyone may read. In a group or channel, changes take a chat administrator or a configured
 * admin; in a private chat the user owns the settings. Sources are shared by everyone, so adding or removing one
 * takes a configured admin (or the console, which is the operator).
 */
final class Access {
    private final ChatAdmins chatAdmins;
    private final java.util.Set<String> admins;

    Access(ChatAdmins chatAdmins, java.util.Set<String> admins) {
        this.chatAdmins = chatAdmins;
        this.admins = admins;
    }

    boolean isOperator(Incoming in) {
        return in.chat().platform().equals("console") || admins.contains(in.author());
    }

    void requireChange(Request r) throws CommandError {
        if (!r.in().type().shared() || isOperator(r.in())) {
            return;
        }
        if (!r.in().userId().isEmpty() && chatAdmins.isAdmin(r.in().chat(), r.in().userId())) {
            return;
        }
        throw new CommandError("Only chat administrators can change this chat's settings. Anyone can read: "
                + "/digest, /latest, /search.");
    }

    void requireOperator(Request r) throws CommandError {
        if (!isOperator(r.in())) {
            throw new CommandError("Only the bot's admins can add or remove sources (telegram.admins or slack.admins in the "
                    + "config).");
        }
    }
}
