// The only door to GNU readline. Swift 6 treats readline's mutable C globals
// as unsafe shared state, so the REPL reaches them through these accessors
// instead of touching the globals (or importing with @preconcurrency).
#ifndef MACA_CREADLINE_SHIM_H
#define MACA_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
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

/// Called by readline before each line is read: used to put a draft back on the line.
static inline void maca_rl_set_startup_hook(rl_hook_func_t *_Nullable hook) {
    rl_startup_hook = hook;
}
/// A line of the program's own between two prompts, on readline's output stream.
static inline void maca_rl_print(const char *_Nonnull text) {
    FILE *out = rl_outstream != NULL ? rl_outstream : stdout;
    fputs(text, out);
    fflush(out);
}
#endif
