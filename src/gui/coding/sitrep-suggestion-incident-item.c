/* sitrep-suggestion-incident-item.c — one proposed incident as a list item: what it says and the event it would make or join
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "sitrep-suggestion-incident-item.h"
#include "sitrep-suggestion-item.h"

struct _SitrepSuggestionIncidentItem
{
  GObject                 parent_instance;
  SitrepProposedIncident *incident;
  char                   *title;
  char                   *shown_title; /* NULL: the title */
  char                   *detail;
};

G_DEFINE_FINAL_TYPE (SitrepSuggestionIncidentItem, sitrep_suggestion_incident_item, G_TYPE_OBJECT)

static void
sitrep_suggestion_incident_item_finalize (GObject *object)
{
  SitrepSuggestionIncidentItem *self = SITREP_SUGGESTION_INCIDENT_ITEM (object);

  sitrep_proposed_incident_free (self->incident);
  g_free (self->title);
  g_free (self->shown_title);
  g_free (self->detail);
  G_OBJECT_CLASS (sitrep_suggestion_incident_item_parent_class)->finalize (object);
}

static void
sitrep_suggestion_incident_item_class_init (SitrepSuggestionIncidentItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sitrep_suggestion_incident_item_finalize;
}

static void
sitrep_suggestion_incident_item_init (SitrepSuggestionIncidentItem *self)
{
}

/* "14 Oct 2022", "14 Oct, no year" (a day without its year: the event it
 * makes is undated until the coder gives one), or the ISO text. */
static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *full = NULL;
  int y = 0, m = 0, d = 0;

  if (iso == NULL)
    return NULL;
  if (sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
    {
      dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
      /* Translators: a day in a proposed incident's row; see g_date_time_format () */
      return g_date_time_format (dt, _("%-d %b %Y"));
    }
  if (sscanf (iso, "--%2d-%2d", &m, &d) == 2 && g_date_valid_dmy (d, m, 2000))
    {
      dt = g_date_time_new_utc (2000, m, d, 0, 0, 0);
      g_autofree char *day = NULL;

      /* Translators: a day of a year not known; see g_date_time_format () */
      day = g_date_time_format (dt, _("%-d %b"));
      /* Translators: the day of a proposed incident whose report gives no
       * year, as the Events table shows it once it is an event: "16 Oct, no year" */
      return g_strdup_printf (_("%s, no year"), day);
    }
  return g_strdup (iso);
}

/* The actors, each once, the first few of them. */
#define MAX_ACTORS 3

static void
add_actors (SitrepRowText      *title,
            const char * const *actors)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  guint more = 0;

  for (guint i = 0; actors != NULL && actors[i] != NULL; i++)
    {
      gboolean again = FALSE;

      for (guint k = 0; k < seen->len && !again; k++)
        again = g_strcmp0 (seen->pdata[k], actors[i]) == 0;
      if (again)
        continue;
      if (seen->len == MAX_ACTORS)
        {
          more++;
          continue;
        }
      /* Translators: what separates the actors of one incident ("ISIS, SDF") */
      sitrep_row_text_add (title, seen->len == 0 ? " · " : _(", "), actors[i]);
      g_ptr_array_add (seen, (gpointer) actors[i]);
    }
  if (more > 0)
    {
      /* Translators: how many more actors an incident names than its row shows */
      g_autofree char *others = g_strdup_printf (ngettext (" and %u other", " and %u others", more), more);

      sitrep_row_text_add (title, "", others);
    }
}

/* What a new event of ACLED's types is called in the interface's language;
 * a project's own codebook's types as they are written. */
static const char * const acled_types[] = {
  NC_("ACLED event type", "Battles"),
  NC_("ACLED event type", "Explosions/Remote violence"),
  NC_("ACLED event type", "Violence against civilians"),
  NC_("ACLED event type", "Protests"),
  NC_("ACLED event type", "Riots"),
  NC_("ACLED event type", "Strategic developments"),
};

static const char *
event_type_name (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (acled_types); i++)
    if (g_strcmp0 (type, acled_types[i]) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "ACLED event type", acled_types[i]);
  return type;
}

/* "12 killed, 30 wounded · Raqqa · 14 Oct 2022 · SDF": the parts there are,
 * each once (a figure's words, a place or date may be missing or empty). */
static char *
dup_title (const SitrepProposedIncident *incident,
           const char                   *date)
{
  SitrepRowText *title = sitrep_row_text_new ();

  for (guint i = 0; incident->figure_words != NULL && incident->figure_words[i] != NULL; i++)
    /* Translators: what separates the figures of one incident ("12 killed, 30 wounded") */
    sitrep_row_text_add (title, _(", "), incident->figure_words[i]);
  sitrep_row_text_add (title, " · ", incident->place_text);
  sitrep_row_text_add (title, " · ", date);
  add_actors (title, (const char * const *) incident->actor_texts);
  return sitrep_row_text_finish (title);
}

/* A row shows three lines of the title at most: a long article's incident
 * may join dozens of figures ("at least 32 killed, 15 killed, …", a few
 * thousand characters), and its label shaped all of them at every measure
 * of the panel — the frames of a repeat press on a 1 MB article measured
 * its three rows ≈ 500 times, 25–35 ms of the window's thread before the
 * suggestions came. Cut well past what three lines of a wide panel show,
 * at a space; the whole title stays in the tooltip and the row's
 * accessible label. */
#define SHOWN_TITLE_CHARS 400

static char *
dup_shown_title (const char *title)
{
  const char *cut, *space;

  if (g_utf8_strlen (title, 4 * (SHOWN_TITLE_CHARS + 1)) <= SHOWN_TITLE_CHARS)
    return NULL;
  cut = g_utf8_offset_to_pointer (title, SHOWN_TITLE_CHARS);
  space = g_utf8_strrchr (title, cut - title, ' ');
  if (space != NULL && cut - space < 40)
    cut = space;
  return g_strdup_printf ("%.*s…", (int) (cut - title), title);
}

SitrepSuggestionIncidentItem *
sitrep_suggestion_incident_item_new (SitrepProposedIncident *incident,
                                     const char             *event_title)
{
  SitrepSuggestionIncidentItem *self = g_object_new (SITREP_TYPE_SUGGESTION_INCIDENT_ITEM, NULL);
  g_autofree char *date = format_date (incident->date_start);
  g_autofree char *name = NULL;

  self->incident = incident;
  self->title = dup_title (incident, date);
  self->shown_title = dup_shown_title (self->title);
  if (incident->event_id != 0)
    {
      name = sitrep_row_text_isolate (event_title != NULL ? event_title : "");
      self->detail = g_strdup_printf (_("Adds this report to event “%s”"), name);
    }
  else if (incident->event_type != NULL)
    {
      name = sitrep_row_text_isolate (event_type_name (incident->event_type));
      /* Translators: what accepting a proposed incident makes: a new event of
       * this ACLED event type ("New event · Explosions/Remote violence") */
      self->detail = g_strdup_printf (_("New event · %s"), name);
    }
  else
    self->detail = g_strdup (_("New event"));
  return self;
}

const SitrepProposedIncident *
sitrep_suggestion_incident_item_get (SitrepSuggestionIncidentItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), NULL);
  return self->incident;
}

gint64
sitrep_suggestion_incident_item_get_id (SitrepSuggestionIncidentItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), 0);
  return self->incident->id;
}

const char *
sitrep_suggestion_incident_item_get_title (SitrepSuggestionIncidentItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), NULL);
  return self->title;
}

const char *
sitrep_suggestion_incident_item_get_shown_title (SitrepSuggestionIncidentItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), NULL);
  return self->shown_title != NULL ? self->shown_title : self->title;
}

const char *
sitrep_suggestion_incident_item_get_detail (SitrepSuggestionIncidentItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), NULL);
  return self->detail;
}

gboolean
sitrep_suggestion_incident_item_get_joins (SitrepSuggestionIncidentItem *self)
{
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), FALSE);
  return self->incident->event_id != 0;
}

gboolean
sitrep_suggestion_incident_item_renew (SitrepSuggestionIncidentItem *self,
                                       SitrepSuggestionIncidentItem *other)
{
  SitrepProposedIncident *incident;

  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (self), FALSE);
  g_return_val_if_fail (SITREP_IS_SUGGESTION_INCIDENT_ITEM (other), FALSE);

  if (self->incident->id != other->incident->id || (self->incident->event_id != 0) != (other->incident->event_id != 0) ||
      g_strcmp0 (self->title, other->title) != 0 || g_strcmp0 (self->detail, other->detail) != 0)
    return FALSE;
  /* The row shows the same; what it stands for is the new reading's. */
  incident = self->incident;
  self->incident = other->incident;
  other->incident = incident;
  return TRUE;
}
