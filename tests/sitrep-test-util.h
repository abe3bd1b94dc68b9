/* sitrep-test-util.h — main-loop, file, project, CLI and web-server helpers the suites share,
 * and the window's for the GUI suites, which define SITREP_TEST_GUI
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <libsoup/soup.h>

#include "sitrep-store.h"
#include "sitrep-store-suggestions.h"
#include "sitrep-suggest.h"
#ifdef SITREP_TEST_GUI
#include "sitrep-window.h"
#endif

G_BEGIN_DECLS

/* Writes the calling stack to stderr (the sanitizer's, symbolised, in the
 * sanitizer build). A fatal warning or critical in a test does it by
 * itself, before the message. */
void          sitrep_test_print_stack (void);

/* How long a test waits for something before it fails: generous, because CI
 * machines are shared and the sanitizer build is slow. */
#define SITREP_TEST_TIMEOUT_MS 30000

typedef gboolean (*SitrepTestCondition) (gpointer data);

/* Spins the main loop until @cond holds; fails the test naming @what after
 * SITREP_TEST_TIMEOUT_MS. */
void sitrep_test_wait_until  (SitrepTestCondition  cond,
                              gpointer             data,
                              const char          *what);
/* Spins the main loop for @ms milliseconds. */
void sitrep_test_spin        (guint                ms);
/* Drops the caller's reference to @object and spins the main loop until it
 * is finalized (an idle or a frame may still hold it for a moment); fails
 * naming @what after SITREP_TEST_TIMEOUT_MS. */
void sitrep_test_wait_finalized (gpointer          object,
                                 const char       *what);
/* A new temporary folder from @tmpl ("sitrep-kill-XXXXXX"). */
char *sitrep_test_make_tmp_dir (const char        *tmpl);
/* Removes a test's temporary folder and everything in it (links are
 * removed, not followed). */
void sitrep_test_remove_tree (const char          *path);

/* The path of the seed capture whose file name starts with @prefix ("000_")
 * under $SITREP_SHARED_DIR/corpus/seeds, or NULL when there is none. */
char *sitrep_test_seed_path (const char           *prefix);
/* That seed's text, or NULL when there is none. */
char *sitrep_test_read_seed (const char           *prefix);

/* The offset, in characters, of the first @needle in @text; fails the test
 * when @text has none. */
guint      sitrep_test_offset_of (const char         *text,
                                  const char         *needle);

/* The argument vector (NULL-terminated) that runs $SITREP_CLI with @args. */
GPtrArray *sitrep_test_cli_argv (const char * const *args);
/* Runs $SITREP_CLI with @args to the end in environment @envp (NULL: the
 * test's); what it prints goes to *@out and *@err, or nowhere when NULL.
 * Returns the wait status. */
int        sitrep_test_run_cli  (const char * const *args,
                                 char * const       *envp,
                                 char              **out,
                                 char              **err);
/* The first column of the first row @sql gives in the project at @path,
 * opened read-only (-1 when there is none). */
gint64     sitrep_test_query    (const char         *path,
                                 const char         *sql);

/* A phrase and the figure sitrep_figure_parse() must read in it. */
typedef struct
{
  const char *phrase;
  gint64      count;
  const char *qualifier;     /* as sitrep_qualifier_to_string() names it */
  gint64      low, high;
} SitrepTestFigureCase;

/* Asserts that each of @n @cases parses to its figure. */
void       sitrep_test_assert_figures (const SitrepTestFigureCase *cases,
                                       guint                       n);

/* Suggestions for @text, published on @published (NULL: not known), with
 * the bundled gazetteer and no project. */
SitrepSuggestResult    *sitrep_test_suggest            (const char          *text,
                                                        const char          *published);
/* The first suggestion of @kind in @result whose text is @text (NULL: any). */
const SitrepSuggestion *sitrep_test_find_suggestion    (SitrepSuggestResult *result,
                                                        SitrepSuggestKind    kind,
                                                        const char          *text);
/* The place suggested as @text in @result: the test fails where there is none. */
const SitrepSuggestion *sitrep_test_place         (SitrepSuggestResult *result,
                                                   const char          *text);
/* How far @s is pinned from @latitude, @longitude, in km: the test fails
 * where @s is NULL or has no coordinates. */
double                  sitrep_test_km_from       (const SitrepSuggestion *s,
                                                   double                  latitude,
                                                   double                  longitude);
/* Whether a suggestion of @kind in @result has @part in its text. */
gboolean                sitrep_test_any_suggestion_holds (SitrepSuggestResult *result,
                                                          SitrepSuggestKind    kind,
                                                          const char          *part);
/* Whether @kind is a figure: killed, wounded, captured or missing. */
gboolean                sitrep_test_is_figure_kind     (SitrepSuggestKind    kind);
/* The figures of @result as "kind count qualifier[ cumulative]", joined
 * by "; " in text order. */
char                   *sitrep_test_figures_line       (SitrepSuggestResult *result);
/* Asserts that the figures of @text (see above) are @expected. */
void                    sitrep_test_check_figures      (const char          *text,
                                                        const char          *expected);

/* Runs Suggest on the stored article @article of @store (as the window
 * does, nothing accepted) and returns its pending suggestions
 * (SitrepStoredSuggestion); fails the test on an error. */
GPtrArray              *sitrep_test_suggest_stored     (SitrepStore         *store,
                                                        gint64               article);

/* The stored suggestion of @kind in @list whose text is @text, or NULL. */
SitrepStoredSuggestion *sitrep_test_find_stored        (GPtrArray           *list,
                                                        SitrepSuggestKind    kind,
                                                        const char          *text);

/* Starts a SoupServer on 127.0.0.1 (a free port) in a thread of its own,
 * answering every path with @handler, and waits until it listens. Returns
 * its address, "http://127.0.0.1:PORT"; it serves until the test ends. */
char      *sitrep_test_serve    (SoupServerCallback  handler);

/* A new empty project, "project.sitrep" in a new temporary folder from
 * @tmpl; its folder and path go to *@dir and *@path. */
SitrepStore  *sitrep_test_create_project (const char   *tmpl,
                                          char        **dir,
                                          char        **path);
/* Closes *@store and removes *@dir with the project in it; clears all three. */
void          sitrep_test_remove_project (SitrepStore **store,
                                          char        **dir,
                                          char        **path);

/* A suite's fixture on one new empty project (its folder, path and store)
 * with the annotator "ana" (for g_test_add () as the suite's Fixture). */
typedef struct
{
  char        *dir;
  char        *path;
  SitrepStore *store;
  gint64       annotator;
} SitrepTestProject;

/* Creates @p's project, from the folder name template @data (a const char *,
 * "sitrep-incidents-XXXXXX"; NULL: "sitrep-test-XXXXXX"), and its annotator. */
void          sitrep_test_project_set_up    (SitrepTestProject *p,
                                             gconstpointer      data);
/* Closes @p's project and removes its folder. */
void          sitrep_test_project_tear_down (SitrepTestProject *p,
                                             gconstpointer      data);
/* @article's proposed incidents (SitrepProposedIncident), pending ones and
 * decided ones; fails the test on an error. */
GPtrArray    *sitrep_test_list_incidents    (SitrepStore       *store,
                                             gint64             article);
/* How many events @store holds; fails the test on an error. */
guint         sitrep_test_count_events      (SitrepStore       *store);
/* The count the query @sql ("SELECT count (*) …") gives on @store's
 * database, read under the store's lock; fails the test on an error. */
guint         sitrep_test_store_count       (SitrepStore       *store,
                                             const char        *sql);

/* The id of the project's label @name ("Actor"); fails when there is none. */
gint64        sitrep_test_label_id    (SitrepStore  *store,
                                       const char   *name);
/* A place entity at @lat, @lon in Syria. */
gint64        sitrep_test_add_place   (SitrepStore  *store,
                                       const char   *name,
                                       double        lat,
                                       double        lon,
                                       const char   *admin1);
/* An event from @start (to @end, or NULL) with UCDP date @precision, at
 * @place_id, of @type, with one claim of @killed killed from "SOHR". */
gint64        sitrep_test_add_event   (SitrepStore  *store,
                                       const char   *start,
                                       const char   *end,
                                       int           precision,
                                       gint64        place_id,
                                       const char   *type,
                                       gint64        killed);
/* A pasted article (from the clipboard, plain text) titled @title with
 * @body in @store; its id. */
gint64        sitrep_test_add_article (SitrepStore  *store,
                                       const char   *title,
                                       const char   *body);
/* The same, from @source and published on the day @published (each NULL:
 * not known). */
gint64        sitrep_test_add_article_full (SitrepStore *store,
                                            const char  *title,
                                            const char  *body,
                                            const char  *source,
                                            const char  *published);
/* How many annotations @store has on @article. */
guint         sitrep_test_count_annotations (SitrepStore *store,
                                             gint64       article);
/* The text of @store's annotation @id (a new string); fails when there is
 * none. */
char         *sitrep_test_annotation_text   (SitrepStore *store,
                                             gint64       id);
/* Spins the main loop until @store's annotation @id is linked to an entity
 * (the map pane links a new place span by itself) and returns the entity's
 * id; fails naming @what after SITREP_TEST_TIMEOUT_MS. */
gint64        sitrep_test_wait_linked       (SitrepStore *store,
                                             gint64       id,
                                             const char  *what);
#ifdef SITREP_TEST_GUI
/* The next window opens unmaximized at @width × @height, its map shown. */
void          sitrep_test_set_window_size (int      width,
                                           int      height);
/* A window on @store, shown (the caller holds a reference). */
SitrepWindow *sitrep_test_open_window  (SitrepStore  *store);
/* Destroys @window and waits until it is finalized (it takes the caller's
 * reference). */
void          sitrep_test_close_window (SitrepWindow *window);
/* @widget is mapped with a width and a height. */
gboolean      sitrep_test_has_size     (GtkWidget    *widget);
/* A condition for sitrep_test_wait_until(): the SitrepSuggestionReview
 * @review has finished its run and lists all of its suggestions, at least one. */
gboolean      sitrep_test_review_all_listed (gpointer review);
/* The annotation of article @article over [@start, @end), or 0. */
gint64        sitrep_test_annotation_over   (SitrepStore *store,
                                             gint64       article,
                                             guint        start,
                                             guint        end);
/* A condition for sitrep_test_wait_until(): @widget is mapped (shown, and
 * all its ancestors are). */
gboolean      sitrep_test_widget_mapped (gpointer    widget);
/* A condition on a window @window: its reader's text view is laid out, over
 * 100 pixels wide (a click or a selection in it lands on the words). */
gboolean      sitrep_test_text_laid_out (gpointer    window);
/* @reader's entity chooser (a popover of the reader) while it is shown, or
 * NULL. */
GtkWidget    *sitrep_test_shown_chooser (SitrepReader *reader);
/* Conditions on a reader @reader: its entity chooser is shown, or is not. */
gboolean      sitrep_test_chooser_shown (gpointer    reader);
gboolean      sitrep_test_chooser_gone  (gpointer    reader);
/* Queues a draw of @widget and waits until its frame clock has drawn @n
 * more frames (a layout asked for is done by then). */
void          sitrep_test_wait_frames  (GtkWidget    *widget,
                                        guint         n);
/* The child named @name in the window's template, its panes' or its
 * annotation panel's (GtkBuilder id). */
GtkWidget    *sitrep_test_template_child (SitrepWindow *window,
                                          const char   *name);
/* The window of @type open over @parent (a dialog, the event editor, the
 * presentation), as the user sees it: NULL when none is. */
GtkWidget    *sitrep_test_find_window  (GtkWindow    *parent,
                                        GType         type);
/* The shown toplevel window of @type, or NULL. */
GtkWindow    *sitrep_test_find_toplevel  (GType       type);
/* Conditions for sitrep_test_wait_until(): a toplevel of the type
 * GSIZE_TO_POINTER (type) is shown, or none is. */
gboolean      sitrep_test_toplevel_shown (gpointer    type);
gboolean      sitrep_test_toplevel_gone  (gpointer    type);
/* The settings a coder's window starts from: annotator "Tester", the
 * reader's annotation filter and snapping to words as they come. */
void          sitrep_test_reset_coder    (void);
/* A GUI suite's fixture: a new project with one pasted article, open in a
 * window (for g_test_add () as the suite's Fixture). */
typedef struct
{
  char         *dir;
  char         *path;
  SitrepStore  *store;
  SitrepWindow *window;
  gint64        article;
} SitrepTestWindow;

/* Sets the environment a user's session in @locale would have ($LC_ALL,
 * $LANGUAGE from its language), runs g_test_init () and binds the
 * translations built beside the tests (../po): before gtk_init (), which
 * decides the text direction. */
void          sitrep_test_init_in_locale    (int         *argc,
                                             char      ***argv,
                                             const char  *locale);

/* Creates @f's project in a folder from @tmpl, pastes the article @title
 * with @body and opens it as sitrep_test_open_article_window () does. */
void          sitrep_test_window_set_up     (SitrepTestWindow *f,
                                             const char       *tmpl,
                                             const char       *title,
                                             const char       *body);
/* Closes every window (if @f's window is still open: a test may have
 * closed it and set it to NULL), then the project; removes its folder. */
void          sitrep_test_window_tear_down  (SitrepTestWindow *f,
                                             gconstpointer     data);
/* A window on @store as sitrep_test_open_window() opens it, after
 * sitrep_test_reset_coder(), once its reader holds @article (the article
 * a new window shows first). The caller holds a reference. */
SitrepWindow *sitrep_test_open_article_window (SitrepStore *store,
                                               gint64       article);
/* An article a test waits to see in a window's reader. */
typedef struct
{
  SitrepWindow *window;
  gint64        article;
} SitrepTestArticleShown;

/* @window's reader holds the article @article. */
gboolean      sitrep_test_reader_holds        (SitrepWindow *window,
                                               gint64        article);
/* A condition on a SitrepTestArticleShown: its window's reader holds its
 * article. */
gboolean      sitrep_test_reader_shows        (gpointer      shown);
/* A condition on a window @window: its reader holds an article's text (a
 * hidden reader too). */
gboolean      sitrep_test_reader_has_text     (gpointer      window);
/* Opens @article in @window's reader as a click on its row does, once the
 * list of articles has it, and waits until the reader holds it. */
void          sitrep_test_show_article        (SitrepWindow *window,
                                               gint64        article);
/* Closes every other toplevel (the dialogs a test left open), then
 * @window as sitrep_test_close_window() does. */
void          sitrep_test_close_all_windows   (SitrepWindow *window);
/* Destroys every toplevel window of @type (the dialogs a test opened and
 * is done with). */
void          sitrep_test_destroy_toplevels   (GType         type);
/* @widget or the first of its descendants of @type (depth first), or NULL. */
GtkWidget    *sitrep_test_find_descendant     (GtkWidget    *widget,
                                               GType         type);

/* The box character @offset of @view's text is drawn in, in @view's
 * widget coordinates (where a click on it lands). */
void          sitrep_test_char_area      (GtkTextView  *view,
                                          guint         offset,
                                          GdkRectangle *area);
/* Selects characters @start to @end of the text @reader shows, as a drag
 * over them does (the selection bound at @end). */
void          sitrep_test_select_range   (SitrepReader *reader,
                                          guint         start,
                                          guint         end);
/* Selects the first @words of @text, the text @reader shows; fails the test
 * when @text has no @words or the reader shows something else there. */
void          sitrep_test_select_words   (SitrepReader *reader,
                                          const char   *text,
                                          const char   *words);

/* Brings up the bar of labels by @reader's selection, as the mouse button
 * coming up over a selection does, and waits until it is mapped; returns
 * it. */
GtkWidget    *sitrep_test_offer_labels   (SitrepReader *reader);

/* Real key presses, through the X server as the keyboard's (xdotool, under
 * Xvfb). Whether they can reach @widget: its display is X11 and xdotool is
 * installed; when not, the test is marked skipped, saying what it needs. */
gboolean      sitrep_test_can_press_keys (GtkWidget  *widget);
/* Presents @window and gives it the X server's keyboard focus, as a click
 * on it does; waits until it is the active window. */
void          sitrep_test_focus_window   (GtkWindow  *window);
/* Presses @keys (xdotool's names: "Tab", "shift+Tab", "ctrl+Delete") on the
 * focused window, the modifiers held meanwhile released first. */
void          sitrep_test_press_keys     (const char *keys);
/* The same, then waits until @window has handled the last key's release
 * and the idles it added have run (to assert what did not happen). */
void          sitrep_test_press_keys_handled (GtkWindow  *window,
                                              const char *keys);
/* Clicks the primary button at (@x, @y) of @widget as the mouse does
 * (xdotool), and waits until its window has handled the release and the
 * idles it added (a click's) have run. */
void          sitrep_test_click_at       (GtkWidget  *widget,
                                          double      x,
                                          double      y);

/* Moves the pointer over point (@x, @y) of @widget (its own coordinates)
 * through the X server, then does @buttons there, xdotool's words split by
 * blanks ("click --repeat 3 --delay 60 1", "mousedown 1", "mouseup 1";
 * NULL for none): real pointer events, as the mouse makes them. Needs what
 * sitrep_test_can_press_keys() checks. */
void          sitrep_test_mouse_at       (GtkWidget  *widget,
                                          double      x,
                                          double      y,
                                          const char *buttons);

/* Clicks @button as the mouse does: "clicked" at once. gtk_widget_activate()
 * is the keyboard's activation, which shows the button pressed and clicks
 * 250 ms later, and not at all if the button is hidden meanwhile (a label
 * bar closed in between). */
void sitrep_test_click (GtkWidget *button);
#endif

G_END_DECLS
