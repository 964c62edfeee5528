package dev.newsdesk.core.chat;

/** What kind of conversation a chat is; decides who may change its settings. */
public enum ChatType {
    /** One user with the bot: the user owns the settings. */
    PRIVATE,
    /** A group or supergroup: changes need a chat administrator or a configured admin. */
    GROUP,
    /** A broadcast channel: like a group. */
    CHANNEL;

    /** True when changing settings needs an administrator. */
    public boolean shared() {
        return this != PRIVATE;
    }
}
