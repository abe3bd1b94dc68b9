/* sitrep-story-export.c — incident cards and the story handout: PDF pages and PNGs drawn with cairo
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-story"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "sitrep-basemap.h"
#include "sitrep-story-export.h"

/* Page layout, in points on an A4 landscape page. */
#define MARGIN      28.0
#define HEADER_Y    18.0
#define BODY_Y      48.0
#define MAP_W       470.0
#define BODY_H      412.0
#define GUTTER      18.0
#define STRIP_Y     (BODY_Y + BODY_H + 16.0)
#define STRIP_H     (SITREP_STORY_PAGE_HEIGHT - STRIP_Y - 22.0)
#define CARD_PAD    16.0

#define EARTH_RADIUS_M 6378137.0

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink = { 0.13, 0.13, 0.15 };
static const Rgb muted = { 0.38, 0.38, 0.42 };
static const Rgb accent = { 0.75, 0.11, 0.16 };
static const Rgb warning = { 0.62, 0.33, 0.0 };
static const Rgb rule = { 0.80, 0.80, 0.82 };

G_DEFINE_QUARK (sitrep-story-export-error-quark, sitrep_story_export_error)

/* ---------------------------------------------------------------- the card's words */

static char *
month_year (const GDate *date)
{
  char buf[64];

  /* The month's name in the user's language. */
  if (g_date_strftime (buf, sizeof buf, "%B %Y", date) == 0)
    return g_strdup_printf ("%04u-%02u", g_date_get_year (date), g_date_get_month (date));
  return g_strdup (buf);
}

static char *
day_month_year (const GDate *date)
{
  g_autofree char *rest = month_year (date);

  return g_strdup_printf ("%u %s", g_date_get_day (date), rest);
}

static char *
format_extent (guint32 first,
               guint32 last,
               int     precision)
{
  GDate a, b;
  char buf[64];

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, first);
  g_date_set_julian (&b, last);

  if (first == last)
    return day_month_year (&a);

  /* A single date of coarse precision reads as what it stands for. */
  if (precision == 5 && g_date_get_day (&a) == 1 && g_date_get_month (&a) == G_DATE_JANUARY &&
      g_date_get_day (&b) == 31 && g_date_get_month (&b) == G_DATE_DECEMBER &&
      g_date_get_year (&a) == g_date_get_year (&b))
    return g_strdup_printf (_("%u (the year only)"), g_date_get_year (&a));
  if (precision == 4 && g_date_get_day (&a) == 1 && g_date_get_month (&a) == g_date_get_month (&b) &&
      g_date_get_year (&a) == g_date_get_year (&b) && g_date_is_last_of_month (&b))
    {
      g_autofree char *m = month_year (&a);
      return g_strdup_printf (_("%s (the month only)"), m);
    }
  if (precision == 3 && last - first == 6 && g_date_get_weekday (&a) == G_DATE_MONDAY)
    {
      g_autofree char *d = day_month_year (&a);
      return g_strdup_printf (_("The week of %s"), d);
    }

  if (g_date_get_year (&a) == g_date_get_year (&b) && g_date_get_month (&a) == g_date_get_month (&b))
    {
      g_autofree char *m = month_year (&b);
      /* TRANSLATORS: a range of days in one month: "1–3 March 2022" */
      return g_strdup_printf (_("%u–%u %s"), g_date_get_day (&a), g_date_get_day (&b), m);
    }
  if (g_date_get_year (&a) == g_date_get_year (&b))
    {
      g_autofree char *end = day_month_year (&b);
      if (g_date_strftime (buf, sizeof buf, "%B", &a) == 0)
        buf[0] = '\0';
      /* TRANSLATORS: a range of days across months: "28 February – 3 March 2022" */
      return g_strdup_printf (_("%u %s – %s"), g_date_get_day (&a), buf, end);
    }
  {
    g_autofree char *start = day_month_year (&a);
    g_autofree char *end = day_month_year (&b);
    return g_strdup_printf (_("%s – %s"), start, end);
  }
}

static char *
join_nonempty (const char * const *parts,
               guint               n,
               const char         *separator)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      gboolean repeated = FALSE;

      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      for (guint j = 0; j < i; j++)
        repeated = repeated || g_strcmp0 (parts[i], parts[j]) == 0;
      if (repeated)
        continue;
      if (s->len > 0)
        g_string_append (s, separator);
      g_string_append (s, parts[i]);
    }
  return s->len > 0 ? g_string_free (g_steal_pointer (&s), FALSE) : NULL;
}

static char *
side_text (const char         *actor,
           const char * const *assoc)
{
  g_autofree char *with = NULL;

  if (actor == NULL || *actor == '\0')
    return NULL;
  if (assoc != NULL && assoc[0] != NULL)
    with = g_strjoinv (", ", (char **) assoc);
  if (with != NULL)
    /* TRANSLATORS: an actor and its associated actors: "Syrian Arab Army (with NDF)" */
    return g_strdup_printf (_("%s (with %s)"), actor, with);
  return g_strdup (actor);
}

static char *
count_text (const char *qualifier,
            gint64      low,
            gint64      high)
{
  if (low < 0)
    return g_strdup ("?");
  if (g_strcmp0 (qualifier, "at_least") == 0)
    return g_strdup_printf (_("at least %" G_GINT64_FORMAT), low);
  if (g_strcmp0 (qualifier, "more_than") == 0)
    return g_strdup_printf (_("more than %" G_GINT64_FORMAT), low);
  if (g_strcmp0 (qualifier, "up_to") == 0)
    return g_strdup_printf (_("up to %" G_GINT64_FORMAT), MAX (low, high));
  if (g_strcmp0 (qualifier, "about") == 0)
    return g_strdup_printf (_("about %" G_GINT64_FORMAT), low);
  if (high > low)
    return g_strdup_printf ("%" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, low, high);
  return g_strdup_printf ("%" G_GINT64_FORMAT, low);
}

static char *
claim_text (SitrepClaim *claim,
            SitrepEvent *event)
{
  g_autofree char *count = count_text (sitrep_claim_get_qualifier (claim),
                                       sitrep_claim_get_count_low (claim),
                                       sitrep_claim_get_count_high (claim));
  const char *kind = sitrep_claim_get_kind (claim);
  const char *side = sitrep_claim_get_victim_side (claim);
  const char *actor = NULL;
  g_autofree char *text = NULL;

  if (g_strcmp0 (kind, "wounded") == 0)
    return g_strdup_printf (_("%s wounded"), count);
  if (g_strcmp0 (kind, "captured") == 0)
    return g_strdup_printf (_("%s captured"), count);
  if (g_strcmp0 (kind, "missing") == 0)
    return g_strdup_printf (_("%s missing"), count);
  if (g_strcmp0 (side, "civilians") == 0)
    return g_strdup_printf (_("%s civilians killed"), count);

  text = g_strdup_printf (_("%s killed"), count);
  /* UCDP counts the dead of each side apart: say whose. */
  if (g_strcmp0 (side, "actor1") == 0)
    actor = sitrep_event_get_actor1 (event);
  else if (g_strcmp0 (side, "actor2") == 0)
    actor = sitrep_event_get_actor2 (event);
  if (actor != NULL && *actor != '\0')
    /* TRANSLATORS: "6 killed (IS)": the dead of one side of an incident */
    return g_strdup_printf (_("%s (%s)"), text, actor);

  return g_steal_pointer (&text);
}

/* Who says it: the claimant, else the outlet of the article it is read in. */
static char *
claim_source (SitrepStore *store,
              SitrepClaim *claim)
{
  const char *claimant = sitrep_claim_get_claimant (claim);

  if (claimant != NULL && *claimant != '\0')
    return g_strdup (claimant);
  if (sitrep_claim_get_article_id (claim) != 0)
    {
      g_autoptr(SitrepArticle) article = sitrep_store_get_article (store, sitrep_claim_get_article_id (claim), NULL);
      const char *source = article != NULL ? sitrep_article_get_source (article) : NULL;

      if (source != NULL && *source != '\0')
        return g_strdup (source);
      if (sitrep_claim_get_article_title (claim) != NULL)
        return g_strdup (sitrep_claim_get_article_title (claim));
    }
  return g_strdup (_("Unattributed"));
}

static char *
sources_text (SitrepStore *store,
              SitrepEvent *event,
              GPtrArray   *claims)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) s = g_string_new (NULL);

  /* One entry per source, its figures in the order they were added. */
  for (guint i = 0; i < claims->len; i++)
    {
      g_autofree char *name = claim_source (store, claims->pdata[i]);
      guint k;

      for (k = 0; k < names->len; k++)
        {
          if (strcmp (names->pdata[k], name) == 0)
            break;
        }
      if (k == names->len)
        {
          g_ptr_array_add (names, g_steal_pointer (&name));
          g_ptr_array_add (said, g_ptr_array_new_with_free_func (g_free));
        }
      g_ptr_array_add (said->pdata[k], claim_text (claims->pdata[i], event));
    }
  for (guint k = 0; k < names->len; k++)
    {
      GPtrArray *texts = said->pdata[k];

      g_ptr_array_add (texts, NULL);
      if (s->len > 0)
        g_string_append (s, " · ");
      g_string_append_printf (s, "%s: ", (const char *) names->pdata[k]);
      for (guint j = 0; texts->pdata[j] != NULL; j++)
        g_string_append_printf (s, "%s%s", j > 0 ? ", " : "", (const char *) texts->pdata[j]);
    }
  return s->len > 0 ? g_string_free (g_steal_pointer (&s), FALSE) : NULL;
}

static gboolean
ends_sentence (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  const char *next = g_utf8_next_char (p);

  if (c == '\n')
    return TRUE;
  if (c != '.' && c != '!' && c != '?')
    return FALSE;
  return *next == '\0' || g_unichar_isspace (g_utf8_get_char (next)) || *next == '"' ||
         g_utf8_get_char (next) == 0x201D;
}

/* The sentence of @body holding code points [@start, @end), or NULL. */
static char *
sentence_around (const char *body,
                 guint       start,
                 guint       end)
{
  const char *a, *b, *p;
  glong length = g_utf8_strlen (body, -1);
  g_autofree char *sentence = NULL;

  if (start >= end || end > (guint) length)
    return NULL;
  a = g_utf8_offset_to_pointer (body, start);
  b = g_utf8_offset_to_pointer (body, end);

  for (p = a; p > body;)
    {
      const char *prev = g_utf8_prev_char (p);
      if (ends_sentence (prev))
        break;
      p = prev;
    }
  a = p;
  for (p = b; *p != '\0' && !(p > b && ends_sentence (g_utf8_prev_char (p))); p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        break;
    }
  b = p;
  sentence = g_strstrip (g_strndup (a, b - a));
  if (*sentence == '\0' || g_utf8_strlen (sentence, -1) > 420)
    return NULL;
  return g_steal_pointer (&sentence);
}

static void
card_quote (SitrepStoryCard *card,
            SitrepStore     *store,
            gint64           event_id)
{
  g_autoptr(GPtrArray) evidence = sitrep_store_list_event_evidence (store, event_id, NULL);

  if (evidence == NULL || evidence->len == 0)
    return;
  /* The first piece whose words make a sentence; else the first span as is. */
  for (guint i = 0; i < evidence->len; i++)
    {
      SitrepEvidence *ev = evidence->pdata[i];
      g_autofree char *body = sitrep_store_get_article_body (store, ev->article_id, NULL);
      char *sentence = body != NULL ? sentence_around (body, ev->start, ev->end) : NULL;

      if (sentence == NULL && (i + 1 < evidence->len || ev->text == NULL))
        continue;
      card->quote = sentence != NULL ? sentence : g_strstrip (g_strdup (ev->text));
      card->quote_source = g_strdup (ev->source != NULL && *ev->source != '\0' ? ev->source
                                                                                : ev->article_title);
      return;
    }
}

SitrepStoryCard *
sitrep_story_card_new (SitrepStore  *store,
                       gint64        event_id,
                       GError      **error)
{
  g_autoptr(SitrepStoryCard) card = NULL;
  g_autoptr(SitrepEvent) event = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  SitrepDerivedFigures figures = { 0 };
  g_autofree char *side1 = NULL;
  g_autofree char *side2 = NULL;
  const char *sub, *type;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  event = sitrep_store_get_event (store, event_id, error);
  if (event == NULL)
    return NULL;
  if (!sitrep_store_get_event_figures (store, event_id, &figures, error))
    return NULL;
  claims = sitrep_store_list_claims (store, event_id, error);
  if (claims == NULL)
    {
      sitrep_derived_figures_clear (&figures);
      return NULL;
    }

  card = g_new0 (SitrepStoryCard, 1);
  card->event_id = event_id;
  card->latitude = sitrep_event_get_latitude (event);
  card->longitude = sitrep_event_get_longitude (event);
  card->where_prec = sitrep_event_get_where_prec (event);
  card->fatalities = figures.fatalities;

  type = sitrep_event_get_event_type (event);
  sub = sitrep_event_get_sub_event_type (event);
  if (sub != NULL || type != NULL)
    card->headline = g_strdup (sub != NULL ? sub : type);
  else if (sitrep_event_get_place_name (event) != NULL || sitrep_event_get_location (event) != NULL)
    /* TRANSLATORS: the title of an incident not yet coded with a type */
    card->headline = g_strdup_printf (_("Incident in %s"), sitrep_event_get_place_name (event) != NULL
                                                             ? sitrep_event_get_place_name (event)
                                                             : sitrep_event_get_location (event));
  else
    card->headline = g_strdup (_("Uncoded event"));
  {
    const char *parts[] = { type, sub };
    card->event_type = join_nonempty (parts, G_N_ELEMENTS (parts), " · ");
  }

  if (sitrep_timeline_extent (sitrep_event_get_date_start (event), sitrep_event_get_date_end (event),
                              sitrep_event_get_date_precision (event), &card->first, &card->last))
    card->date = format_extent (card->first, card->last, sitrep_event_get_date_precision (event));
  else
    card->date = g_strdup (_("Date unknown"));

  {
    const char *name = sitrep_event_get_place_name (event);
    const char *parts[] = {
      name != NULL ? name : sitrep_event_get_location (event),
      sitrep_event_get_admin2 (event),
      sitrep_event_get_admin1 (event),
      sitrep_event_get_country (event),
    };
    card->place = join_nonempty (parts, G_N_ELEMENTS (parts), ", ");
    if (card->place == NULL)
      card->place = g_strdup (_("Place unknown"));
  }

  side1 = side_text (sitrep_event_get_actor1 (event), sitrep_event_get_assoc_actor1 (event));
  side2 = side_text (sitrep_event_get_actor2 (event), sitrep_event_get_assoc_actor2 (event));
  if (side1 != NULL && side2 != NULL)
    /* TRANSLATORS: actor 1 and actor 2 of an incident */
    card->actors = g_strdup_printf (_("%s against %s"), side1, side2);
  else
    card->actors = g_strdup (side1 != NULL ? side1 : side2);

  {
    g_autoptr(GString) s = g_string_new (NULL);

    if (figures.fatalities >= 0)
      {
        g_string_append_printf (s, _("%" G_GINT64_FORMAT " killed"), figures.fatalities);
        if (figures.high > figures.low && figures.low >= 0)
          g_string_append_printf (s, _(" (sources say %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT ")"),
                                  figures.low, figures.high);
      }
    if (figures.wounded >= 0)
      {
        if (s->len > 0)
          g_string_append (s, " · ");
        g_string_append_printf (s, _("%" G_GINT64_FORMAT " wounded"), figures.wounded);
      }
    if (s->len == 0)
      g_string_append (s, _("No casualty figures reported"));
    card->figures = g_string_free (g_steal_pointer (&s), FALSE);
  }
  card->sources = sources_text (store, event, claims);
  if (figures.disputed)
    card->dispute = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Disputed: the source gives different figures.",
                                                  "Disputed: the %u sources give different figures.",
                                                  figures.n_sources),
                                     figures.n_sources);
  sitrep_derived_figures_clear (&figures);

  /* A handout of a CC BY dataset's events says where they come from. */
  if (sitrep_event_get_dataset_credit (event) != NULL)
    card->credit = g_strdup (_("Event from the UCDP Georeferenced Event Dataset (Sundberg & Melander 2013), "
                               "CC BY 4.0"));

  card_quote (card, store, event_id);
  return g_steal_pointer (&card);
}

void
sitrep_story_card_free (SitrepStoryCard *card)
{
  if (card == NULL)
    return;
  g_free (card->headline);
  g_free (card->date);
  g_free (card->place);
  g_free (card->event_type);
  g_free (card->actors);
  g_free (card->figures);
  g_free (card->sources);
  g_free (card->dispute);
  g_free (card->quote);
  g_free (card->quote_source);
  g_free (card->credit);
  g_free (card);
}

GArray *
sitrep_story_get_event_ids (SitrepStore  *store,
                            const char   *story,
                            GError      **error)
{
  SitrepEventQuery query = SITREP_EVENT_QUERY_INIT;
  gint64 story_id;

  g_return_val_if_fail (SITREP_IS_STORE (store), NULL);

  if (story == NULL)
    return sitrep_store_query_event_ids (store, &query, error);
  story_id = sitrep_store_find_story (store, story, error);
  if (story_id == 0)
    return NULL;
  return sitrep_store_list_story_steps (store, story_id, error);
}

/* ---------------------------------------------------------------- drawing */

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* Draws @text wrapped to @width from (@x, @y), at most @max_height tall
 * (0: no limit; longer text ends in "…"). Returns the height used. Sizes
 * are in user units, so the page looks the same in PDF and at any DPI. */
static double
draw_text (cairo_t     *cr,
           double       x,
           double       y,
           double       width,
           double       max_height,
           const char  *text,
           double       size,
           PangoWeight  weight,
           gboolean     italic,
           const Rgb   *color,
           PangoAlignment alignment)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *desc;
  cairo_font_options_t *options;
  int w, h;

  if (text == NULL || *text == '\0' || width <= 0)
    return 0;

  layout = pango_cairo_create_layout (cr);
  /* Unhinted metrics: the same line breaks on paper and in every PNG. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  desc = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  if (italic)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  if (max_height > 0)
    {
      pango_layout_set_height (layout, (int) (max_height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);

  set_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h,
                   double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static gboolean
has_place (const SitrepStoryCard *card)
{
  return !isnan (card->latitude) && !isnan (card->longitude) && fabs (card->latitude) < 85;
}

static void
draw_marker (cairo_t   *cr,
             double     x,
             double     y,
             double     radius,
             const Rgb *fill)
{
  cairo_arc (cr, x, y, radius + 1.6, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  set_rgb (cr, fill);
  cairo_fill (cr);
}

static void
draw_number (cairo_t *cr,
             double   x,
             double   y,
             guint    number,
             double   size)
{
  g_autofree char *text = g_strdup_printf ("%u", number);

  draw_text (cr, x + size * 0.55, y - size * 1.25, 40, 0, text, size, PANGO_WEIGHT_BOLD, FALSE, &ink,
             PANGO_ALIGN_LEFT);
}

/* A Mercator window of @w × @h points; (cx, cy) its centre, @mw its width in
 * world units. Returns the point of (@lat, @lon) in it. */
static void
to_view (double  cx,
         double  cy,
         double  mw,
         double  w,
         double  h,
         double  lat,
         double  lon,
         double *x,
         double *y)
{
  double mh = mw * h / w;

  *x = (sitrep_mercator_x (lon) - (cx - mw / 2)) * w / mw;
  *y = (sitrep_mercator_y (lat) - (cy - mh / 2)) * h / mh;
}

/* Renders the base map of the window onto (0, 0, w, h) of @cr. */
static void
render_window (cairo_t *cr,
               double   cx,
               double   cy,
               double   mw,
               double   w,
               double   h)
{
  double mh = mw * h / w;
  double west = sitrep_mercator_lon (cx - mw / 2), east = sitrep_mercator_lon (cx + mw / 2);
  double north = sitrep_mercator_lat (cy - mh / 2), south = sitrep_mercator_lat (cy + mh / 2);

  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  sitrep_basemap_render_view (sitrep_basemap_get_default (), cr, CLAMP (west, -180, 180), south,
                              CLAMP (east, -180, 180), north, (int) w, (int) h);
}

static void
draw_no_map (cairo_t    *cr,
             double      w,
             double      h,
             const char *note)
{
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_set_source_rgb (cr, 0.94, 0.94, 0.95);
  cairo_fill (cr);
  draw_text (cr, 40, h / 2 - 20, w - 80, 0, note, 13, PANGO_WEIGHT_NORMAL, FALSE, &muted,
             PANGO_ALIGN_CENTER);
}

static void
draw_frame (cairo_t *cr,
            double   w,
            double   h)
{
  cairo_reset_clip (cr);
  cairo_rectangle (cr, 0.5, 0.5, w - 1, h - 1);
  set_rgb (cr, &rule);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

static void
draw_step_map (cairo_t                 *cr,
               SitrepStoryCard * const *cards,
               guint                    n_cards,
               guint                    index,
               double                   w,
               double                   h)
{
  const SitrepStoryCard *card = cards[index];
  double span, cx, cy, mw, x, y;

  if (!has_place (card))
    {
      draw_no_map (cr, w, h, _("This incident has no coordinates, so it is not on the map. "
                               "Place it in the gazetteer to show it here."));
      draw_frame (cr, w, h);
      return;
    }

  /* Wide enough to recognise the region; wider when the place is vague. */
  span = card->where_prec >= 6 ? 14 : card->where_prec >= 3 ? 5 : 2.6;
  mw = span / 360;
  cx = sitrep_mercator_x (card->longitude);
  cy = sitrep_mercator_y (card->latitude);
  render_window (cr, cx, cy, mw, w, h);

  /* The other steps, for orientation. */
  for (guint i = 0; i < n_cards; i++)
    {
      if (i == index || !has_place (cards[i]))
        continue;
      to_view (cx, cy, mw, w, h, cards[i]->latitude, cards[i]->longitude, &x, &y);
      if (x < 0 || y < 0 || x > w || y > h)
        continue;
      draw_marker (cr, x, y, 3.5, &muted);
      draw_number (cr, x, y, i + 1, 8);
    }

  if (card->where_prec == 2)
    {
      /* "within 25 km": draw the circle it may be anywhere in. */
      double metres_per_unit = 2 * G_PI * EARTH_RADIUS_M * cos (card->latitude * G_PI / 180);
      double r = 25000 / metres_per_unit * w / mw;

      cairo_arc (cr, w / 2, h / 2, r, 0, 2 * G_PI);
      cairo_set_source_rgba (cr, accent.r, accent.g, accent.b, 0.12);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, accent.r, accent.g, accent.b, 0.6);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  draw_marker (cr, w / 2, h / 2, 7, &accent);
  draw_frame (cr, w, h);
}

static double
day_x (guint32 day,
       double  lo,
       double  hi,
       double  x,
       double  w)
{
  return x + (day - lo) / (hi - lo) * w;
}

/* The time axis of the whole story with every step on it, @index marked. */
static void
draw_strip (cairo_t                 *cr,
            SitrepStoryCard * const *cards,
            guint                    n_cards,
            int                      index,
            double                   x,
            double                   y,
            double                   w,
            double                   h)
{
  guint32 first = G_MAXUINT32, last = 0;
  double lo, hi, pad, axis = y + h * 0.5, min_gap;
  SitrepTimelineUnit unit;
  guint32 tick;
  double last_label = -G_MAXDOUBLE;

  for (guint i = 0; i < n_cards; i++)
    {
      if (cards[i]->first == 0)
        continue;
      first = MIN (first, cards[i]->first);
      last = MAX (last, cards[i]->last);
    }
  if (last == 0)
    {
      draw_text (cr, x, axis - 8, w, 0, _("No dates to show on a timeline."), 9, PANGO_WEIGHT_NORMAL,
                 FALSE, &muted, PANGO_ALIGN_LEFT);
      return;
    }

  /* Days are [d, d + 1): a one-day event has a width. */
  pad = MAX (2.0, (last + 1 - first) * 0.04);
  lo = first - pad;
  hi = last + 1 + pad;
  unit = hi - lo <= 45 ? SITREP_TIMELINE_DAY : SITREP_TIMELINE_MONTH;

  cairo_set_line_width (cr, 1);
  set_rgb (cr, &rule);
  cairo_move_to (cr, x, axis + 0.5);
  cairo_line_to (cr, x + w, axis + 0.5);
  cairo_stroke (cr);

  min_gap = unit == SITREP_TIMELINE_DAY ? 58 : 48;
  for (tick = sitrep_timeline_bucket_next ((guint32) lo, unit); tick < hi;
       tick = sitrep_timeline_bucket_next (tick, unit))
    {
      double tx = day_x (tick, lo, hi, x, w);
      GDate d;
      char buf[64];

      set_rgb (cr, &rule);
      cairo_move_to (cr, round (tx) + 0.5, axis);
      cairo_line_to (cr, round (tx) + 0.5, axis + 4);
      cairo_stroke (cr);
      if (tx - last_label < min_gap || tx > x + w - 30)
        continue;
      g_date_clear (&d, 1);
      g_date_set_julian (&d, tick);
      if (unit == SITREP_TIMELINE_DAY)
        g_date_strftime (buf, sizeof buf, "%d %b", &d);
      else if (g_date_get_month (&d) == G_DATE_JANUARY || last_label < x)
        g_date_strftime (buf, sizeof buf, "%b %Y", &d);
      else
        g_date_strftime (buf, sizeof buf, "%b", &d);
      draw_text (cr, tx - 40, axis + 6, 80, 0, buf, 7.5, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                 PANGO_ALIGN_CENTER);
      last_label = tx;
    }

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_cards; i++)
        {
          const SitrepStoryCard *c = cards[i];
          gboolean current = (int) i == index;
          double x0, x1, r;

          /* The current step last, on top. */
          if (c->first == 0 || current != (pass == 1))
            continue;
          x0 = day_x (c->first, lo, hi, x, w);
          x1 = day_x (c->last + 1, lo, hi, x, w);
          r = (current ? 4.5 : 3.0) + MIN (4.0, sqrt (MAX (c->fatalities, 0)) / 2);
          if (x1 - x0 > 2 * r)
            {
              /* Date uncertainty shown as what it is: a span. */
              rounded_rectangle (cr, x0, axis - r, x1 - x0, 2 * r, r);
              if (current)
                cairo_set_source_rgba (cr, accent.r, accent.g, accent.b, 0.85);
              else
                cairo_set_source_rgba (cr, muted.r, muted.g, muted.b, 0.45);
              cairo_fill (cr);
            }
          else
            draw_marker (cr, (x0 + x1) / 2, axis, r, current ? &accent : &muted);
          if (current)
            {
              g_autofree char *label = g_strdup_printf ("%u · %s", i + 1, c->date);
              double cx = CLAMP ((x0 + x1) / 2, x + 110, x + w - 110);

              draw_text (cr, cx - 110, axis - r - 17, 220, 0, label, 9.5, PANGO_WEIGHT_BOLD, FALSE, &accent,
                         PANGO_ALIGN_CENTER);
            }
          else
            {
              g_autofree char *number = g_strdup_printf ("%u", i + 1);

              draw_text (cr, (x0 + x1) / 2 - 20, axis - r - 13, 40, 0, number, 8, PANGO_WEIGHT_BOLD, FALSE,
                         &muted, PANGO_ALIGN_CENTER);
            }
        }
    }
}

/* The card: what happened, where, when, to whom, according to whom. */
static void
draw_card (cairo_t               *cr,
           const SitrepStoryCard *card,
           double                 x,
           double                 y,
           double                 w,
           double                 h)
{
  double tx = x + CARD_PAD, tw = w - 2 * CARD_PAD, ty = y + CARD_PAD, bottom = y + h - CARD_PAD;
  g_autofree char *quote = NULL;
  g_autofree char *outlet = NULL;

  rounded_rectangle (cr, x, y, w, h, 8);
  cairo_set_source_rgb (cr, 0.985, 0.985, 0.98);
  cairo_fill_preserve (cr);
  set_rgb (cr, &rule);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  ty += draw_text (cr, tx, ty, tw, 0, card->date, 17, PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT) + 2;
  ty += draw_text (cr, tx, ty, tw, 40, card->place, 12, PANGO_WEIGHT_NORMAL, FALSE, &ink, PANGO_ALIGN_LEFT) + 10;
  ty += draw_text (cr, tx, ty, tw, 36, card->headline, 13, PANGO_WEIGHT_BOLD, FALSE, &accent,
                   PANGO_ALIGN_LEFT) + 1;
  if (card->event_type != NULL && g_strcmp0 (card->event_type, card->headline) != 0)
    ty += draw_text (cr, tx, ty, tw, 24, card->event_type, 8.5, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                     PANGO_ALIGN_LEFT);
  ty += 8;
  if (card->actors != NULL)
    ty += draw_text (cr, tx, ty, tw, 44, card->actors, 11, PANGO_WEIGHT_NORMAL, FALSE, &ink,
                     PANGO_ALIGN_LEFT) + 10;

  cairo_move_to (cr, tx, round (ty) + 0.5);
  cairo_line_to (cr, tx + tw, round (ty) + 0.5);
  set_rgb (cr, &rule);
  cairo_stroke (cr);
  ty += 8;

  ty += draw_text (cr, tx, ty, tw, 0, card->figures, 14, PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT) + 3;
  if (card->sources != NULL)
    ty += draw_text (cr, tx, ty, tw, 48, card->sources, 9.5, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                     PANGO_ALIGN_LEFT) + 2;
  if (card->dispute != NULL)
    ty += draw_text (cr, tx, ty, tw, 24, card->dispute, 9, PANGO_WEIGHT_BOLD, FALSE, &warning,
                     PANGO_ALIGN_LEFT);
  ty += 12;

  /* The credit keeps the card's foot. */
  if (card->credit != NULL)
    bottom -= 24;
  if (card->quote != NULL && bottom - ty > 40)
    {
      double qh;

      /* TRANSLATORS: a quoted sentence of a news report */
      quote = g_strdup_printf (_("“%s”"), card->quote);
      outlet = g_strdup_printf ("— %s", card->quote_source != NULL ? card->quote_source : _("unknown outlet"));
      qh = draw_text (cr, tx + 10, ty, tw - 10, bottom - ty - 16, quote, 11.5, PANGO_WEIGHT_NORMAL, TRUE,
                      &ink, PANGO_ALIGN_LEFT);
      cairo_new_path (cr);
      cairo_rectangle (cr, tx, ty, 2.5, qh);
      set_rgb (cr, &accent);
      cairo_fill (cr);
      ty += qh + 3;
      draw_text (cr, tx + 10, ty, tw - 10, 14, outlet, 9, PANGO_WEIGHT_NORMAL, FALSE, &muted,
                 PANGO_ALIGN_LEFT);
    }

  /* At the card's foot. */
  if (card->credit != NULL)
    draw_text (cr, tx, bottom + 4, tw, 22, card->credit, 7, PANGO_WEIGHT_NORMAL, FALSE, &muted,
               PANGO_ALIGN_LEFT);
}

void
sitrep_story_draw_step (cairo_t                 *cr,
                        SitrepStoryCard * const *strip,
                        guint                    n_steps,
                        guint                    index,
                        const char              *story_title)
{
  const double page_w = SITREP_STORY_PAGE_WIDTH;
  g_autofree char *counter = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (strip != NULL && index < n_steps);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, page_w, SITREP_STORY_PAGE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  /* TRANSLATORS: the step of a story shown on a page: "Step 2 of 3" */
  counter = g_strdup_printf (_("Step %u of %u"), index + 1, n_steps);
  draw_text (cr, MARGIN, HEADER_Y, page_w - 2 * MARGIN - 120, 14,
             story_title != NULL && *story_title != '\0' ? story_title : _("Incidents"), 10,
             PANGO_WEIGHT_BOLD, FALSE, &muted, PANGO_ALIGN_LEFT);
  draw_text (cr, page_w - MARGIN - 120, HEADER_Y, 120, 14, counter, 10, PANGO_WEIGHT_NORMAL, FALSE,
             &muted, PANGO_ALIGN_RIGHT);

  cairo_save (cr);
  cairo_translate (cr, MARGIN, BODY_Y);
  draw_step_map (cr, strip, n_steps, index, MAP_W, BODY_H);
  cairo_restore (cr);

  draw_card (cr, strip[index], MARGIN + MAP_W + GUTTER, BODY_Y,
             page_w - 2 * MARGIN - MAP_W - GUTTER, BODY_H);
  draw_strip (cr, strip, n_steps, (int) index, MARGIN, STRIP_Y, page_w - 2 * MARGIN, STRIP_H);
  cairo_restore (cr);
}

void
sitrep_story_draw_title (cairo_t                 *cr,
                         SitrepStoryCard * const *cards,
                         guint                    n_cards,
                         const char              *title)
{
  const double page_w = SITREP_STORY_PAGE_WIDTH;
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double ty = 58, list_x = MARGIN + MAP_W + GUTTER, list_w = page_w - MARGIN - list_x;
  guint32 first = G_MAXUINT32, last = 0;
  g_autofree char *subtitle = NULL;
  gboolean any_place = FALSE;

  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, page_w, SITREP_STORY_PAGE_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  for (guint i = 0; i < n_cards; i++)
    {
      if (cards[i]->first != 0)
        {
          first = MIN (first, cards[i]->first);
          last = MAX (last, cards[i]->last);
        }
      if (has_place (cards[i]))
        {
          any_place = TRUE;
          min_x = MIN (min_x, sitrep_mercator_x (cards[i]->longitude));
          max_x = MAX (max_x, sitrep_mercator_x (cards[i]->longitude));
          min_y = MIN (min_y, sitrep_mercator_y (cards[i]->latitude));
          max_y = MAX (max_y, sitrep_mercator_y (cards[i]->latitude));
        }
    }

  ty += draw_text (cr, MARGIN, ty, page_w - 2 * MARGIN, 90, title != NULL ? title : "", 28,
                   PANGO_WEIGHT_BOLD, FALSE, &ink, PANGO_ALIGN_LEFT) + 6;
  if (last != 0)
    {
      g_autofree char *span = format_extent (first, last, 1);
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u incident · %s", "%u incidents · %s",
                                               n_cards), n_cards, span);
    }
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u incident", "%u incidents", n_cards),
                                n_cards);
  ty += draw_text (cr, MARGIN, ty, page_w - 2 * MARGIN, 0, subtitle, 13, PANGO_WEIGHT_NORMAL, FALSE,
                   &muted, PANGO_ALIGN_LEFT) + 18;

  {
    double map_h = SITREP_STORY_PAGE_HEIGHT - ty - MARGIN;

    cairo_save (cr);
    cairo_translate (cr, MARGIN, ty);
    if (any_place)
      {
        /* Every step in view, with a margin, at least a region across. */
        double mw = MAX (MAX (max_x - min_x, (max_y - min_y) * MAP_W / map_h) * 1.3, 3.0 / 360);
        double cx = (min_x + max_x) / 2, cy = (min_y + max_y) / 2, x, y;

        render_window (cr, cx, cy, mw, MAP_W, map_h);
        for (guint i = 0; i < n_cards; i++)
          {
            if (!has_place (cards[i]))
              continue;
            to_view (cx, cy, mw, MAP_W, map_h, cards[i]->latitude, cards[i]->longitude, &x, &y);
            draw_marker (cr, x, y, 5, &accent);
            draw_number (cr, x, y, i + 1, 10);
          }
      }
    else
      draw_no_map (cr, MAP_W, map_h, _("None of these incidents has coordinates."));
    draw_frame (cr, MAP_W, map_h);
    cairo_restore (cr);

    for (guint i = 0; i < n_cards && ty < SITREP_STORY_PAGE_HEIGHT - MARGIN - 20; i++)
      {
        g_autofree char *line = g_strdup_printf ("%u.  %s — %s", i + 1, cards[i]->date, cards[i]->place);
        ty += draw_text (cr, list_x, ty, list_w, 28, line, 10, PANGO_WEIGHT_NORMAL, FALSE, &ink,
                         PANGO_ALIGN_LEFT) + 5;
      }
  }
  cairo_restore (cr);
}

/* ---------------------------------------------------------------- export */

static gboolean
write_failed (GError     **error,
              const char  *path,
              const char  *why)
{
  g_set_error (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s. Check that the folder exists and that you may write there."),
               path, why);
  return FALSE;
}

static gboolean
write_pdf (SitrepStoryCard * const  *cards,
           guint                     n_cards,
           const char               *title,
           const char               *story_title,
           const char               *path,
           SitrepStoryExportProgress progress,
           gpointer                  user_data,
           guint                     total,
           GCancellable             *cancellable,
           GError                  **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.part", path);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean cancelled = FALSE;

  surface = cairo_pdf_surface_create (tmp, SITREP_STORY_PAGE_WIDTH, SITREP_STORY_PAGE_HEIGHT);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
      g_unlink (tmp);
      return write_failed (error, path, cairo_status_to_string (status));
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  story_title != NULL ? story_title : _("Incidents"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sitrep " VERSION);

  cr = cairo_create (surface);
  if (title != NULL && *title != '\0')
    {
      sitrep_story_draw_title (cr, cards, n_cards, title);
      cairo_show_page (cr);
    }
  for (guint i = 0; i < n_cards && !cancelled; i++)
    {
      cancelled = g_cancellable_is_cancelled (cancellable);
      if (cancelled)
        break;
      sitrep_story_draw_step (cr, cards, n_cards, i, story_title);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, total, user_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (cancelled)
    {
      g_unlink (tmp);
      return !g_cancellable_set_error_if_cancelled (cancellable, error);
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      return write_failed (error, path, cairo_status_to_string (status));
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      return write_failed (error, path, g_strerror (saved));
    }
  return TRUE;
}

static gboolean
write_png (SitrepStoryCard * const *cards,
           guint                    n_cards,
           guint                    index,
           const char              *story_title,
           double                   dpi,
           const char              *path,
           GError                 **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.part", path);
  double scale = dpi / 72.0;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int) ceil (SITREP_STORY_PAGE_WIDTH * scale),
                                        (int) ceil (SITREP_STORY_PAGE_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  sitrep_story_draw_step (cr, cards, n_cards, index, story_title);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      return write_failed (error, path, cairo_status_to_string (status));
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      return write_failed (error, path, g_strerror (saved));
    }
  return TRUE;
}

gboolean
sitrep_story_export (SitrepStore                     *store,
                     const SitrepStoryExportOptions  *options,
                     SitrepStoryExportProgress        progress,
                     gpointer                         user_data,
                     guint                           *n_steps,
                     GCancellable                    *cancellable,
                     GError                         **error)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  const char *story_title;
  double dpi;
  guint total, done = 0;

  g_return_val_if_fail (SITREP_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  ids = sitrep_story_get_event_ids (store, options->story, error);
  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    {
      g_set_error_literal (error, SITREP_STORY_EXPORT_ERROR, SITREP_STORY_EXPORT_ERROR_EMPTY,
                           options->story != NULL
                             ? _("This story has no steps yet. Add events to it, then export again.")
                             : _("This project has no events yet. Code some incidents, then export again."));
      return FALSE;
    }

  cards = g_ptr_array_new_with_free_func ((GDestroyNotify) sitrep_story_card_free);
  for (guint i = 0; i < ids->len; i++)
    {
      SitrepStoryCard *card = sitrep_story_card_new (store, g_array_index (ids, gint64, i), error);

      if (card == NULL)
        return FALSE;
      g_ptr_array_add (cards, card);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  story_title = options->story;
  if (story_title == NULL)
    story_title = options->title != NULL && *options->title != '\0' ? options->title : NULL;
  dpi = options->png_dpi > 0 ? options->png_dpi : 300;
  total = (options->pdf_path != NULL ? cards->len : 0) + (options->png_dir != NULL ? cards->len : 0);

  if (options->pdf_path != NULL)
    {
      if (!write_pdf ((SitrepStoryCard * const *) cards->pdata, cards->len, options->title, story_title,
                      options->pdf_path, progress, user_data, total, cancellable, error))
        return FALSE;
      done = cards->len;
    }

  if (options->png_dir != NULL)
    {
      if (g_mkdir_with_parents (options->png_dir, 0755) != 0)
        {
          int saved = errno;
          return write_failed (error, options->png_dir, g_strerror (saved));
        }
      for (guint i = 0; i < cards->len; i++)
        {
          g_autofree char *name = g_strdup_printf ("step-%03u.png", i + 1);
          g_autofree char *path = g_build_filename (options->png_dir, name, NULL);

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (!write_png ((SitrepStoryCard * const *) cards->pdata, cards->len, i, story_title, dpi, path,
                          error))
            return FALSE;
          if (progress != NULL)
            progress (++done, total, user_data);
        }
    }

  if (n_steps != NULL)
    *n_steps = cards->len;
  return TRUE;
}

typedef struct
{
  char *story;
  char *title;
  char *pdf_path;
  char *png_dir;
  double png_dpi;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->story);
  g_free (data->title);
  g_free (data->pdf_path);
  g_free (data->png_dir);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  SitrepStoryExportOptions options = { data->story, data->title, data->pdf_path, data->png_dir,
                                       data->png_dpi };
  GError *error = NULL;
  guint n = 0;

  if (sitrep_story_export (source_object, &options, NULL, NULL, &n, cancellable, &error))
    g_task_return_int (task, n);
  else
    g_task_return_error (task, error);
}

void
sitrep_story_export_async (SitrepStore                     *store,
                           const SitrepStoryExportOptions  *options,
                           GCancellable                    *cancellable,
                           GAsyncReadyCallback              callback,
                           gpointer                         user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (SITREP_IS_STORE (store));
  g_return_if_fail (options != NULL);

  data = g_new0 (ExportData, 1);
  data->story = g_strdup (options->story);
  data->title = g_strdup (options->title);
  data->pdf_path = g_strdup (options->pdf_path);
  data->png_dir = g_strdup (options->png_dir);
  data->png_dpi = options->png_dpi;

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sitrep_story_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
sitrep_story_export_finish (SitrepStore   *store,
                            GAsyncResult  *result,
                            guint         *n_steps,
                            GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == sitrep_story_export_async, FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;
  if (n_steps != NULL)
    *n_steps = (guint) n;
  return TRUE;
}
