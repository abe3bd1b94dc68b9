/* sitrep-html-lines.c — paragraphs that are page furniture by what they say
 *
 * The block scoring in sitrep-html-body.c judges boxes by their markup; a
 * few kinds of furniture sit inside the article's own box as plain short
 * paragraphs and can only be told by their words: openings of related
 * lists, share bars and newsletter boxes, photo credits, copyright lines,
 * the date-and-byline line under a headline, and shortcodes a CMS left
 * unexpanded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>

#include "sitrep-html-private.h"

/* Short lines that open page furniture rather than the article, in the
 * languages of the pages seen most (compared in lower case). */
static const char *furniture_openings[] = {
  "related:", "related articles", "related stories", "related posts", "read more",
  "read next", "see more:", "see also:", "more:", "also:", "don't miss", "don’t miss",
  "you may also like", "you might also like", "recommended", "most popular",
  "trending", "advertisement", "sponsored", "subscribe", "sign up", "click here",
  "follow us", "follow him", "follow her", "join our", "share this", "share on",
  "tell us what", "have a tip", "get the latest", "this slideshow requires",
  "comments", "leave a comment", "post a comment", "all rights reserved", "copyright", "©",
  "(image", "(photo", "image:", "photo:", "image credit", "photo credit", "getty images",
  "listen to this", "watch:", "watch the", "loading", "cookie", "we use cookies",
  "this website uses cookies", "sharing is caring",
};

/* Openings that say so whatever follows, in a paragraph of any length up
 * to a long note: how to cite the page, its copyright notice. */
static const char *notice_openings[] = {
  "citation:", "this document is subject to copyright", "the contents of this site are",
};

/* The words of a line under a headline that only says when, and by whom. */
static const char *date_names[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
};

/* … and what goes with them */
static const char *date_words[] = {
  "am", "pm", "a", "m", "p", "at", "on", "of", "the", "utc", "gmt", "est", "edt", "cst", "cdt",
  "pst", "pdt", "bst", "cet", "cest", "ist", "et", "pt",
};

static const char *dated_openings[] = {
  "posted", "updated", "published", "last updated", "last modified", "modified", "created",
  "by ", "written by", "date:",
};

static gboolean
is_date_word (const char *word)
{
  gboolean digits = TRUE;

  for (const char *p = word; *p; p++)
    if (!g_ascii_isdigit (*p))
      digits = FALSE;
  if (digits)
    return TRUE;
  /* 18th, 1st, 8:22am */
  if (g_ascii_isdigit (word[0]))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (date_words); i++)
    if (strcmp (word, date_words[i]) == 0)
      return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (date_names); i++)
    if (strcmp (word, date_names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A month or a weekday named, or a date or time in figures ("11/18/19",
 * "8:22"): what makes a line of numbers a date rather than a table row. */
static gboolean
names_a_date (const char  *lower,
              GPtrArray   *words)
{
  for (guint i = 0; i < words->len; i++)
    for (gsize k = 0; k < G_N_ELEMENTS (date_names); k++)
      if (strcmp (g_ptr_array_index (words, i), date_names[k]) == 0)
        return TRUE;
  for (const char *p = lower; p[0] != '\0' && p[1] != '\0' && p[2] != '\0'; p++)
    if (g_ascii_isdigit (p[0]) && (p[1] == '/' || p[1] == ':') && g_ascii_isdigit (p[2]))
      return TRUE;
  return FALSE;
}

/* "August 08, 2018", "Site name, Monday 18 November 2019 8:22AM EST":
 * at most eight words, one of them a number, two in three of them date words,
 * and a month, a weekday or a date or time in figures among them. */
static gboolean
is_date_line (const char *lower)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  guint dated = 0, numbers = 0;

  for (const char *p = lower;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          g_ptr_array_add (list, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  if (list->len == 0 || list->len > 8)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    {
      const char *w = g_ptr_array_index (list, i);

      if (g_ascii_isdigit (w[0]))
        numbers++;
      if (is_date_word (w))
        dated++;
    }
  return numbers > 0 && dated * 3 >= list->len * 2 && names_a_date (lower, list);
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

gboolean
_sitrep_html_is_furniture_line (const char *para,
                                guint       letters)
{
  g_autofree char *lower = NULL;

  if (letters > 400)
    return FALSE;
  lower = g_utf8_strdown (para, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (notice_openings); i++)
    if (g_str_has_prefix (lower, notice_openings[i]))
      return TRUE;
  /* a shortcode the site's CMS did not expand: "[button link=…]…[/button]" */
  if (lower[0] == '[' && strstr (lower, "[/") != NULL)
    return TRUE;
  if (letters > 250)
    return FALSE;
  /* a copyright line, wherever the sign stands in it */
  if (strstr (lower, "©") != NULL || strstr (lower, "all rights reserved") != NULL)
    return TRUE;
  /* the author's note closing the article: "… Follow him on Twitter @…" */
  if (strstr (lower, "follow him on ") != NULL || strstr (lower, "follow her on ") != NULL ||
      strstr (lower, "follow them on ") != NULL || strstr (lower, "follow us on ") != NULL)
    return TRUE;
  /* a news agency's photo caption: "In this Dec. 12, 2006, file photo, …" */
  if (g_str_has_prefix (lower, "in this ") && strstr (lower, " photo") != NULL &&
      strstr (lower, " photo") - lower < 60)
    return TRUE;
  if (letters > 160)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (furniture_openings); i++)
    if (g_str_has_prefix (lower, furniture_openings[i]))
      return TRUE;
  /* a photo credit closing a caption: "… (Image: GETTY)" */
  if (g_str_has_suffix (lower, ")") &&
      (strstr (lower, "(image:") != NULL || strstr (lower, "(photo:") != NULL ||
       strstr (lower, "(ap photo") != NULL || strstr (lower, "(reuters") != NULL ||
       strstr (lower, "via ap") != NULL || strstr (lower, "getty images)") != NULL))
    return TRUE;
  if (letters > 70)
    return FALSE;
  /* the line of date and byline under a headline */
  for (gsize i = 0; i < G_N_ELEMENTS (dated_openings); i++)
    if (g_str_has_prefix (lower, dated_openings[i]) && has_digit (lower))
      {
        g_autoptr(GPtrArray) none = g_ptr_array_new ();

        if (names_a_date (lower, none) || strstr (lower, "20") != NULL || strstr (lower, "19") != NULL)
          return TRUE;
      }
  return is_date_line (lower);
}
