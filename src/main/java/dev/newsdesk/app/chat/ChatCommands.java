package dev.newsdesk.app.chat;

import java.util.List;

/** The public list of commands, for platform command menus. */
public final class ChatCommands {
    private ChatCommands() {
    }

    /** {name, short description} of every command, in help order. */
    public static List<String[]> menu() {
        return HelpText.COMMANDS.stream().map(c -> new String[] {c[0], c[2].length() > 100 ? c[2].substring(0, 100)
                : c[2]}).toList();
    }
}
