/*
 * CNCursesW: the wide-character ncurses API as Swift can use it.
 *
 * Swift 6 refuses to read C globals (stdscr, LINES, COLS, COLORS, stdout, ...) and cannot
 * call function-like macros (COLOR_PAIR, A_BOLD, getmaxy, ...), so this header wraps them
 * in small static inline functions, all named bsh_*. Only TerminalBackend imports it.
 */
#ifndef BAISHIHUI_CNCURSESW_SHIM_H
#define BAISHIHUI_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* MARK: - Globals */

static inline WINDOW *bsh_stdscr(void) { return stdscr; }
static inline WINDOW *bsh_curscr(void) { return curscr; }
static inline int bsh_lines(void) { return LINES; }
static inline int bsh_cols(void) { return COLS; }
static inline int bsh_colors(void) { return COLORS; }
static inline int bsh_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *bsh_stdin(void) { return stdin; }
static inline FILE *bsh_stdout(void) { return stdout; }
static inline FILE *bsh_stderr(void) { return stderr; }

/* MARK: - Function-like macros */

static inline int bsh_getmaxy(WINDOW *win) { return getmaxy(win); }
static inline int bsh_getmaxx(WINDOW *win) { return getmaxx(win); }
static inline attr_t bsh_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int bsh_key_f(int n) { return KEY_F(n); }

/* MARK: - Attributes */

static inline attr_t bsh_a_normal(void) { return A_NORMAL; }
static inline attr_t bsh_a_bold(void) { return A_BOLD; }
static inline attr_t bsh_a_underline(void) { return A_UNDERLINE; }
static inline attr_t bsh_a_reverse(void) { return A_REVERSE; }
static inline attr_t bsh_a_dim(void) { return A_DIM; }

/* MARK: - Wide characters and the locale */

/* The display width of one wide character in the current locale; -1 if unprintable. */
static inline int bsh_wcwidth(wchar_t c) { return wcwidth(c); }

/* The codeset of the current LC_CTYPE, such as "UTF-8" or "ANSI_X3.4-1968". */
static inline const char *bsh_codeset(void) { return nl_langinfo(CODESET); }

/* MARK: - Terminfo */

/* True when tigetstr's answer is a real string (not NULL, not the (char *)-1 "not a string cap"). */
static inline int bsh_is_string_capability(const char *value) {
    return value != NULL && value != (const char *)-1;
}

#endif
