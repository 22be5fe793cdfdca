// The only door to GNU readline. Swift 6 treats readline's mutable C globals
// as unsafe shared state, so the REPL reaches them through these accessors
// instead of touching the globals (or importing with @preconcurrency).
#ifndef MACA_CREADLINE_SHIM_H
#define MACA_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

typedef char **_Nullable (*maca_completion_fn)(const char *_Nonnull text, int start, int end);

static inline void maca_rl_set_name(const char *_Nonnull name) {
    rl_readline_name = name;
}

static inline void maca_rl_set_completion(maca_completion_fn _Nullable fn) {
    rl_attempted_completion_function = fn;
}

/// Stop readline from falling back to file-name completion when ours has no match.
static inline void maca_rl_set_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline void maca_rl_set_append_character(int c) {
    rl_completion_append_character = c;
}

static inline const char *_Nullable maca_rl_line_buffer(void) {
    return rl_line_buffer;
}

/// Called by readline when a signal arrived while it waited for a key.
static inline void maca_rl_set_signal_event_hook(rl_hook_func_t *_Nullable hook) {
    rl_signal_event_hook = hook;
}

/// Characters that end a word for completion: spaces and commas, so each
/// item of a comma-separated answer completes on its own.
static inline void maca_rl_set_word_breaks(const char *_Nonnull breaks) {
    rl_completer_word_break_characters = (char *)breaks;
}

/// After another program has had the terminal (the facilitator's editor),
/// which may have been resized meanwhile: readline measures it again. Only
/// once readline has started (rl_instream is set by its first call).
static inline void maca_rl_reset_screen_size(void) {
    if (rl_instream != NULL) rl_reset_screen_size();
}

/// A line of the program's own between two prompts, on readline's output stream.
static inline void maca_rl_print(const char *_Nonnull text) {
    FILE *out = rl_outstream != NULL ? rl_outstream : stdout;
    fputs(text, out);
    fflush(out);
}
/// Called by readline after the prompt is shown and before the first key:
/// where a refused answer is put back on the line to be edited.
static inline void maca_rl_set_pre_input_hook(rl_hook_func_t *_Nullable hook) {
    rl_pre_input_hook = hook;
}

/// Reads each key: where a put-back line is replaced by the first key typed
/// when that key starts a fresh answer rather than an edit.
static inline void maca_rl_set_getc_function(rl_getc_func_t *_Nullable fn) {
    rl_getc_function = fn;
}

/// Adds `text` to the history unless it is the last line there already, so
/// Up brings back a line put back on the line (an answer taken back by :undo).
static inline void maca_rl_remember(const char *_Nonnull text) {
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last == NULL || last->line == NULL || strcmp(last->line, text) != 0) add_history(text);
    using_history();
}

#endif
