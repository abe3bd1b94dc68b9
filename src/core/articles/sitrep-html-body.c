/* sitrep-html-body.c — the main text of an HTML page
 *
 * Text blocks are scored as Readability does (paragraph length and commas,
 * given to the ancestors with a decay; container tags and class/id hints;
 * link density), the best container and the siblings that continue it are
 * kept, and inside them furniture is dropped by its hints, its link density
 * and its mix of paragraphs, images, list items and inputs. When that finds
 * too little text, the same runs again with fewer rules, and the longest
 * result is taken. Every walk is iterative: any nesting depth is safe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-import"

#include "config.h"

#include <string.h>
#include <libxml/tree.h>

#include "sitrep-html-private.h"

typedef enum
{
  FLAG_STRIP_UNLIKELY       = 1 << 0,
  FLAG_WEIGHT_CLASSES       = 1 << 1,
  FLAG_CLEAN_CONDITIONALLY  = 1 << 2,
} Flags;

typedef struct
{
  guint     text_len;        /* letters and digits in the kept subtree */
  guint     link_len;        /* of those, inside links */
  guint     commas;
  guint     n_p;             /* paragraphs, images, list items, inputs below */
  guint     n_img;
  guint     n_li;
  guint     n_input;
  guint     n_embed;
  int       weight;          /* class and id hints, -50 … +50 */
  double    score;
  double    best_below;      /* best candidate score in the subtree */
  gboolean  candidate;
  gboolean  has_block_child;
} NodeInfo;

typedef struct
{
  Flags       flags;
  double      top_score;     /* of the best candidate */
  GArray     *infos;         /* NodeInfo, indexed by node->_private - 1 */
  GPtrArray  *elements;      /* kept elements in document order */
} Scan;

/* Never text of the article. */
static const char *skipped_tags[] = {
  "script", "style", "noscript", "nav", "iframe", "svg", "button", "select",
  "textarea", "template", "object", "embed", "canvas", "dialog", "input",
  "figure", "figcaption", "head", "link", "meta", "video", "audio", "map",
  "title", "picture", "source", "math",
};

/* Page furniture by their tag, left out unless nothing else is found. */
static const char *unlikely_tags[] = {
  "header", "footer", "aside", "menu",
};

static const char *block_tags[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
  "dd", "dt", "blockquote", "section", "article", "main", "table", "tr",
  "pre", "br", "hr", "figcaption", "address", "center",
  "tbody", "thead", "caption", "details", "summary", "header", "footer",
  "aside", "form", "fieldset", "form", "nav", "menu",
};

/* Readability's hints: parts of a page that are rarely the article … */
static const char *unlikely_hints[] = {
  "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
  "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends",
  "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
  "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
  "pagination", "pager", "popup", "yom-remote", "share", "sharing",
  "newsletter", "subscribe", "cookie", "consent", "promo", "outbrain",
  "taboola", "recommend", "signup", "modal", "navbar", "widget", "donat",
  "caption", "credit", "byline", "tooltip", "popover", "rollover", "sr-only",
  "visually-hidden", "screen-reader", "dateline", "timestamp", "toolbar",
  "author-info", "more-stories", "read-more", "readmore",
};

/* … unless they also say this */
static const char *maybe_hints[] = {
  "and", "article", "body", "column", "content", "main", "shadow",
};

static const char *negative_hints[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer",
  "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
  "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
  "shopping", "tags", "widget", "caption", "byline", "newsletter", "social",
  "cookie", "subscribe", "recommend", "taboola", "author", "credit",
};

static const char *positive_hints[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
  "pagination", "post", "text", "blog", "story",
};

static const char *unlikely_roles[] = {
  "menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
  "dialog", "banner", "contentinfo", "search",
};

static gboolean
in_list (const char  *word,
         const char **list,
         gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (word, list[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
contains_any (const char  *text,
              const char **list,
              gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (strstr (text, list[i]) != NULL)
      return TRUE;
  return FALSE;
}

#define IN_LIST(word, list) in_list ((word), (list), G_N_ELEMENTS (list))
#define CONTAINS_ANY(text, list) contains_any ((text), (list), G_N_ELEMENTS (list))

static const char *
tag_of (xmlNode *node)
{
  return (const char *) node->name;
}

static gboolean
is_block (xmlNode *node)
{
  return IN_LIST (tag_of (node), block_tags);
}

static gboolean
is_heading (xmlNode *node)
{
  const char *t = tag_of (node);

  return (t[0] == 'h' || t[0] == 'H') && t[1] >= '1' && t[1] <= '6' && t[2] == '\0';
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *hidden = _sitrep_html_get_attr (node, "hidden");
  g_autofree char *aria = _sitrep_html_get_attr (node, "aria-hidden");
  g_autofree char *style = NULL;

  if (hidden != NULL || (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0))
    return TRUE;
  style = _sitrep_html_get_attr (node, "style");
  if (style != NULL)
    {
      g_autofree char *compact = g_ascii_strdown (style, -1);
      char *w = compact;

      for (char *r = compact; *r; r++)
        if (!g_ascii_isspace (*r))
          *w++ = *r;
      *w = '\0';
      return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
    }
  return FALSE;
}

/* The class and id of @node in lower case, "" when it has neither. */
static char *
class_and_id (xmlNode *node)
{
  g_autofree char *cls = _sitrep_html_get_attr (node, "class");
  g_autofree char *id = _sitrep_html_get_attr (node, "id");
  g_autofree char *joined = NULL;

  if (cls == NULL && id == NULL)
    return g_strdup ("");
  joined = g_strconcat (cls != NULL ? cls : "", " ", id != NULL ? id : "", NULL);
  return g_ascii_strdown (joined, -1);
}

static int
hint_weight (const char *text)
{
  int weight = 0;

  if (text[0] == '\0')
    return 0;
  if (CONTAINS_ANY (text, negative_hints))
    weight -= 25;
  if (CONTAINS_ANY (text, positive_hints))
    weight += 25;
  return weight;
}

static int
class_weight (xmlNode *node)
{
  g_autofree char *cls = _sitrep_html_get_attr (node, "class");
  g_autofree char *id = _sitrep_html_get_attr (node, "id");
  int weight = 0;

  if (cls != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (cls, -1);

      weight += hint_weight (lower);
    }
  if (id != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (id, -1);

      weight += hint_weight (lower);
    }
  return weight;
}

/* A part of the page that is rarely the article, by its hints or role. */
static gboolean
is_unlikely (xmlNode *node)
{
  g_autofree char *both = NULL;
  g_autofree char *role = NULL;

  if (_sitrep_html_is_tag (node, "html") || _sitrep_html_is_tag (node, "body") ||
      _sitrep_html_is_tag (node, "article") || _sitrep_html_is_tag (node, "main") ||
      _sitrep_html_is_tag (node, "a") || _sitrep_html_is_tag (node, "table") ||
      _sitrep_html_is_tag (node, "tbody") || _sitrep_html_is_tag (node, "tr") ||
      _sitrep_html_is_tag (node, "td"))
    return FALSE;
  if (IN_LIST (tag_of (node), unlikely_tags))
    return TRUE;
  role = _sitrep_html_get_attr (node, "role");
  if (role != NULL && IN_LIST (role, unlikely_roles))
    return TRUE;
  both = class_and_id (node);
  return CONTAINS_ANY (both, unlikely_hints) && !CONTAINS_ANY (both, maybe_hints);
}

static gboolean
skip_element (Scan    *scan,
              xmlNode *node)
{
  if (IN_LIST (tag_of (node), skipped_tags) || is_hidden (node))
    return TRUE;
  return (scan->flags & FLAG_STRIP_UNLIKELY) != 0 && is_unlikely (node);
}

static NodeInfo *
info_of (Scan    *scan,
         xmlNode *node)
{
  guint index = GPOINTER_TO_UINT (node != NULL ? node->_private : NULL);

  if (index == 0 || node->type != XML_ELEMENT_NODE)
    return NULL;
  return &g_array_index (scan->infos, NodeInfo, index - 1);
}

static void
count_text (NodeInfo   *info,
            const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (*p == ',')
        info->commas++;
      else if (!g_ascii_isspace (*p) && (*p & 0xC0) != 0x80)
        info->text_len++;
    }
}

static void
count_element (NodeInfo *info,
               xmlNode  *node)
{
  if (_sitrep_html_is_tag (node, "p"))
    info->n_p++;
  else if (_sitrep_html_is_tag (node, "img"))
    info->n_img++;
  else if (_sitrep_html_is_tag (node, "li"))
    info->n_li++;
  else if (_sitrep_html_is_tag (node, "input") || _sitrep_html_is_tag (node, "select") ||
           _sitrep_html_is_tag (node, "textarea") || _sitrep_html_is_tag (node, "button"))
    info->n_input++;
  else if (_sitrep_html_is_tag (node, "iframe") || _sitrep_html_is_tag (node, "embed") ||
           _sitrep_html_is_tag (node, "object") || _sitrep_html_is_tag (node, "video"))
    info->n_embed++;
}

/* One pass down the tree marking kept elements, then one pass back up
 * summing text, link lengths and element counts. */
static void
scan_tree (xmlNode *root,
           Scan    *scan)
{
  for (xmlNode *n = root; n != NULL;)
    {
      gboolean descend = FALSE;

      if (n->type == XML_ELEMENT_NODE && n->name != NULL)
        {
          NodeInfo *parent = n == root ? NULL : info_of (scan, n->parent);

          if (parent != NULL)
            count_element (parent, n);
          if (n == root || !skip_element (scan, n))
            {
              NodeInfo info = { 0 };

              if (scan->flags & FLAG_WEIGHT_CLASSES)
                info.weight = class_weight (n);
              g_array_append_val (scan->infos, info);
              n->_private = GUINT_TO_POINTER (scan->infos->len);
              g_ptr_array_add (scan->elements, n);
              parent = n == root ? NULL : info_of (scan, n->parent);  /* the array may have moved */
              if (parent != NULL && is_block (n))
                parent->has_block_child = TRUE;
              descend = TRUE;
            }
        }
      else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL)
        {
          NodeInfo *parent = info_of (scan, n->parent);

          if (parent != NULL)
            count_text (parent, (const char *) n->content);
        }
      n = _sitrep_html_walk_next (n, root, descend);
    }

  for (guint i = scan->elements->len; i > 0; i--)
    {
      xmlNode *n = g_ptr_array_index (scan->elements, i - 1);
      NodeInfo *info = info_of (scan, n);
      NodeInfo *parent = n == root ? NULL : info_of (scan, n->parent);

      if (_sitrep_html_is_tag (n, "a"))
        info->link_len = info->text_len;
      if (parent != NULL)
        {
          parent->text_len += info->text_len;
          parent->link_len += info->link_len;
          parent->commas += info->commas;
          parent->n_p += info->n_p;
          parent->n_img += info->n_img;
          parent->n_li += info->n_li;
          parent->n_input += info->n_input;
          parent->n_embed += info->n_embed;
        }
    }
}

static void
scan_clear (Scan *scan)
{
  for (guint i = 0; i < scan->elements->len; i++)
    ((xmlNode *) g_ptr_array_index (scan->elements, i))->_private = NULL;
  g_ptr_array_set_size (scan->elements, 0);
  g_array_set_size (scan->infos, 0);
}

static double
link_density (const NodeInfo *info)
{
  return info->text_len > 0 ? (double) info->link_len / info->text_len : 0.0;
}

static double
initial_score (Scan    *scan,
               xmlNode *node)
{
  const char *tag = tag_of (node);
  NodeInfo *info = info_of (scan, node);
  double score = 0.0;

  if (IN_LIST (tag, ((const char *[]) { "div", "article", "main" })))
    score = 5.0;
  else if (IN_LIST (tag, ((const char *[]) { "pre", "td", "blockquote" })))
    score = 3.0;
  else if (IN_LIST (tag, ((const char *[]) { "ol", "ul", "dl", "dd", "dt", "li", "address", "form" })))
    score = -3.0;
  else if (is_heading (node) || g_ascii_strcasecmp (tag, "th") == 0)
    score = -5.0;
  return score + info->weight;
}

static void
add_score (Scan    *scan,
           xmlNode *node,
           double   amount)
{
  NodeInfo *info = info_of (scan, node);

  if (info == NULL)
    return;
  if (!info->candidate)
    {
      info->candidate = TRUE;
      info->score = initial_score (scan, node);
    }
  info->score += amount;
}

static gboolean
is_scored_block (xmlNode  *n,
                 NodeInfo *info)
{
  return _sitrep_html_is_tag (n, "p") || _sitrep_html_is_tag (n, "pre") ||
         _sitrep_html_is_tag (n, "td") || _sitrep_html_is_tag (n, "section") ||
         (is_heading (n) && !_sitrep_html_is_tag (n, "h1")) ||
         ((_sitrep_html_is_tag (n, "div") || _sitrep_html_is_tag (n, "li") ||
           _sitrep_html_is_tag (n, "blockquote")) && !info->has_block_child);
}

/* Gives each paragraph's score to its ancestors, five levels up. */
static void
score_paragraphs (Scan    *scan,
                  xmlNode *body)
{
  for (guint i = 0; i < scan->elements->len; i++)
    {
      xmlNode *n = g_ptr_array_index (scan->elements, i);
      NodeInfo *info = info_of (scan, n);
      double amount;
      xmlNode *a = n->parent;

      if (n == body || !is_scored_block (n, info) || info->text_len < 25)
        continue;
      amount = 1.0 + info->commas + MIN (info->text_len / 100, 3);
      for (guint level = 0; level < 5 && a != NULL && a->type == XML_ELEMENT_NODE; level++, a = a->parent)
        {
          add_score (scan, a, amount / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0));
          if (a == body)
            break;
        }
    }

  for (guint i = 0; i < scan->elements->len; i++)
    {
      NodeInfo *info = info_of (scan, g_ptr_array_index (scan->elements, i));

      if (info->candidate)
        info->score *= 1.0 - link_density (info);
    }

  /* the best candidate in each subtree, children before parents */
  scan->top_score = 0.0;
  for (guint i = scan->elements->len; i > 0; i--)
    {
      xmlNode *n = g_ptr_array_index (scan->elements, i - 1);
      NodeInfo *info = info_of (scan, n);
      NodeInfo *parent = n == body ? NULL : info_of (scan, n->parent);

      if (info->candidate)
        {
          info->best_below = MAX (info->best_below, info->score);
          if (n != body)
            scan->top_score = MAX (scan->top_score, info->score);
        }
      if (parent != NULL)
        parent->best_below = MAX (parent->best_below, info->best_below);
    }
}

static gboolean
is_ancestor (xmlNode *ancestor,
             xmlNode *node)
{
  for (xmlNode *a = node; a != NULL; a = a->parent)
    if (a == ancestor)
      return TRUE;
  return FALSE;
}

/* The element holding the article: the best-scored container, moved up
 * when several good candidates share an ancestor or its parent scores
 * better (Readability's rules). */
static xmlNode *
choose_container (Scan    *scan,
                  xmlNode *body)
{
  xmlNode *top[5] = { NULL };
  NodeInfo *best;
  xmlNode *chosen;
  double last;

  for (guint i = 0; i < scan->elements->len; i++)
    {
      xmlNode *n = g_ptr_array_index (scan->elements, i);
      NodeInfo *info = info_of (scan, n);

      if (!info->candidate || n == body)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (top); k++)
        if (top[k] == NULL || info->score > info_of (scan, top[k])->score)
          {
            memmove (&top[k + 1], &top[k], (G_N_ELEMENTS (top) - k - 1) * sizeof top[0]);
            top[k] = n;
            break;
          }
    }
  if (top[0] == NULL)
    return body;
  chosen = top[0];
  best = info_of (scan, chosen);

  /* three of the next candidates inside one ancestor: that ancestor */
  for (xmlNode *a = chosen->parent; a != NULL && a != body && a->type == XML_ELEMENT_NODE; a = a->parent)
    {
      guint inside = 0;

      for (guint k = 1; k < G_N_ELEMENTS (top) && top[k] != NULL; k++)
        if (info_of (scan, top[k])->score / best->score >= 0.75 && is_ancestor (a, top[k]))
          inside++;
      if (inside >= 3)
        {
          chosen = a;
          break;
        }
    }

  last = info_of (scan, chosen)->candidate ? info_of (scan, chosen)->score : best->score;
  for (xmlNode *a = chosen->parent; a != NULL && a != body && a->type == XML_ELEMENT_NODE; a = a->parent)
    {
      NodeInfo *info = info_of (scan, a);

      if (info == NULL || !info->candidate)
        continue;
      if (info->score < last / 3.0)
        break;
      if (info->score > last)
        {
          chosen = a;
          break;
        }
      last = info->score;
    }

  /* an only child says no more than its parent */
  while (chosen != body && chosen->parent != NULL && chosen->parent != body &&
         info_of (scan, chosen->parent) != NULL &&
         info_of (scan, chosen->parent)->text_len == info_of (scan, chosen)->text_len)
    chosen = chosen->parent;
  return chosen;
}

/* Readability's conditional clean-up: a list, table or box inside the
 * article that looks like furniture (links, images, inputs, little text). */
static gboolean
is_furniture (Scan    *scan,
              xmlNode *node)
{
  NodeInfo *info = info_of (scan, node);
  double density;
  int weight;
  gboolean is_list;

  if (!(scan->flags & FLAG_CLEAN_CONDITIONALLY))
    return FALSE;
  if (!IN_LIST (tag_of (node), ((const char *[]) { "div", "section", "ul", "ol", "table", "form",
                                                    "aside", "header", "footer", "dl" })))
    return FALSE;
  /* a box around the article's best paragraphs is not furniture */
  if (scan->top_score > 0 && info->best_below >= scan->top_score * 0.5)
    return FALSE;
  weight = info->weight + (info->candidate ? (int) info->score : 0);
  if (weight < 0)
    return TRUE;
  if (info->commas >= 10)
    return FALSE;
  density = link_density (info);
  is_list = _sitrep_html_is_tag (node, "ul") || _sitrep_html_is_tag (node, "ol");
  if (info->n_img > 1 && (double) info->n_p / info->n_img < 0.5)
    return TRUE;
  if (!is_list && info->n_li > 100 + info->n_p)
    return TRUE;
  if (info->n_input > info->n_p / 3 + 1)
    return TRUE;
  if (!is_list && info->text_len < 25 && (info->n_img == 0 || info->n_img > 2))
    return TRUE;
  if (weight < 25 && density > 0.2 && !(is_list && density < 0.4))
    return TRUE;
  if (weight >= 25 && density > 0.5)
    return TRUE;
  if ((info->n_embed == 1 && info->text_len < 75) || info->n_embed > 1)
    return TRUE;
  return FALSE;
}

static gboolean
is_dropped (Scan    *scan,
            xmlNode *node)
{
  NodeInfo *info = info_of (scan, node);

  if (info == NULL)
    return TRUE;
  if ((scan->flags & FLAG_WEIGHT_CLASSES) && is_heading (node) && info->weight < 0)
    return TRUE;
  return is_furniture (scan, node);
}

typedef struct
{
  Scan       *scan;
  GString    *para;
  guint       letters;       /* in para */
  guint       link_letters;  /* in para, inside links */
  guint       link_depth;
  guint       pre_depth;
  const char *title;         /* the page's title, in lower case; NULL when unknown */
  guint       kept_letters;  /* kept outside links */
  gboolean    keep_all;      /* no paragraph is judged: the whole page's text */
  GString    *out;
} Emitter;

/* Ends the paragraph being built and keeps it unless it reads as furniture:
 * mostly link text, furniture by its words, or the title again. A repeated
 * paragraph is kept: inside the article's box a repeat is the article's
 * own (a table of meals per day, a refrain), and the boxes repeated around
 * it (menus, related lists) are dropped by their markup already. */
static void
flush_paragraph (Emitter *e)
{
  GString *para = e->para;
  gboolean keep;

  g_strstrip (para->str);
  para->len = strlen (para->str);
  keep = para->len > 0 && e->letters > 0;
  if (keep && !e->keep_all)
    keep = e->link_letters * 10 <= e->letters * 6 && !_sitrep_html_is_furniture_line (para->str, e->letters);
  if (keep && e->title != NULL && e->letters < 400)
    {
      g_autofree char *lower = g_utf8_strdown (para->str, -1);

      keep = strcmp (lower, e->title) != 0;
    }
  if (keep)
    {
      e->kept_letters += e->letters - e->link_letters;
      if (e->out->len > 0)
        g_string_append (e->out, "\n\n");
      g_string_append_len (e->out, para->str, para->len);
    }
  g_string_truncate (para, 0);
  e->letters = e->link_letters = 0;
}

/* Whether the newline at @nl inside <pre> only wraps the sentence of the
 * paragraph being built (hard-wrapped wire copy): then it is a space, as
 * the plain-text importer joins such lines. */
static gboolean
pre_line_wraps (Emitter    *e,
                const char *nl)
{
  const char *next = nl + 1;
  gsize len = e->para->len;
  gsize next_len;

  while (len > 0 && g_ascii_isspace (e->para->str[len - 1]))
    len--;
  while (*next == ' ' || *next == '\t')
    next++;
  next_len = strcspn (next, "\n");
  while (next_len > 0 && g_ascii_isspace (next[next_len - 1]))
    next_len--;
  return len > 0 && next_len > 0 && _sitrep_cleanup_line_wraps (e->para->str, len, next, next_len);
}

static void
append_text (Emitter    *e,
             const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (e->pre_depth > 0 && *p == '\n')
        {
          gsize len = e->para->len;

          if (!pre_line_wraps (e, p))
            flush_paragraph (e);
          else if (len >= 2 && e->para->str[len - 1] == '-' && g_ascii_isalpha (e->para->str[len - 2]))
            {
              /* "anti-" then "ISIS": one word */
              while (p[1] == ' ' || p[1] == '\t')
                p++;
            }
          else if (len > 0 && e->para->str[len - 1] != ' ')
            g_string_append_c (e->para, ' ');
        }
      else if (g_ascii_isspace (*p))
        {
          if (e->para->len > 0 && e->para->str[e->para->len - 1] != ' ')
            g_string_append_c (e->para, ' ');
        }
      else
        {
          if ((*p & 0xC0) != 0x80 && *p != ',' && *p != '.')
            {
              e->letters++;
              if (e->link_depth > 0)
                e->link_letters++;
            }
          g_string_append_c (e->para, *p);
        }
    }
}

static void
enter_element (Emitter *e,
               xmlNode *n)
{
  if (is_block (n))
    flush_paragraph (e);
  else if ((_sitrep_html_is_tag (n, "td") || _sitrep_html_is_tag (n, "th")) &&
           e->para->len > 0 && e->para->str[e->para->len - 1] != ' ')
    g_string_append_c (e->para, ' ');
  if (_sitrep_html_is_tag (n, "pre"))
    e->pre_depth++;
  if (_sitrep_html_is_tag (n, "a"))
    e->link_depth++;
}

static void
leave_element (Emitter *e,
               xmlNode *n)
{
  if (is_block (n))
    flush_paragraph (e);
  if (_sitrep_html_is_tag (n, "pre") && e->pre_depth > 0)
    e->pre_depth--;
  if (_sitrep_html_is_tag (n, "a") && e->link_depth > 0)
    e->link_depth--;
}

/* Appends the text of @root's kept subtree, one paragraph per block. */
static void
emit_text (Emitter *e,
           xmlNode *root)
{
  xmlNode *n = root;

  if (n != NULL && n->type == XML_ELEMENT_NODE && is_dropped (e->scan, n))
    return;
  while (n != NULL)
    {
      gboolean descend = FALSE;

      if (n->type == XML_ELEMENT_NODE && (n == root || !is_dropped (e->scan, n)) &&
          !_sitrep_html_is_tag (n, "h1"))
        {
          enter_element (e, n);
          descend = n->children != NULL;
          if (!descend)
            leave_element (e, n);
        }
      else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL &&
               (n == root || info_of (e->scan, n->parent) != NULL))
        append_text (e, (const char *) n->content);

      if (descend)
        {
          n = n->children;
          continue;
        }
      /* leave the finished elements, closing their paragraphs */
      while (n != root && n->next == NULL)
        {
          n = n->parent;
          leave_element (e, n);
        }
      n = n == root ? NULL : n->next;
    }
  flush_paragraph (e);
}

static gboolean
ends_sentence (xmlNode *node)
{
  g_autofree char *text = NULL;
  xmlChar *content = xmlNodeGetContent (node);
  gsize len;

  if (content == NULL)
    return FALSE;
  text = g_strstrip (g_strdup ((const char *) content));
  xmlFree (content);
  len = strlen (text);
  return len > 0 && (text[len - 1] == '.' || g_str_has_suffix (text, ".\"") || g_str_has_suffix (text, ".”"));
}

static void
emitter_init (Emitter    *e,
              Scan       *scan,
              const char *title)
{
  e->scan = scan;
  e->para = g_string_new (NULL);
  e->title = title;
  e->out = g_string_new (NULL);
}

static char *
emitter_finish (Emitter *e,
                guint   *kept_letters)
{
  if (kept_letters != NULL)
    *kept_letters = e->kept_letters;
  g_string_free (e->para, TRUE);
  return g_string_free (e->out, FALSE);
}

/* The container's text and its siblings' that continue the article. */
static char *
emit_article (Scan       *scan,
              xmlNode    *body,
              xmlNode    *container,
              const char *title,
              guint      *kept_letters)
{
  Emitter e = { 0 };
  NodeInfo *top = info_of (scan, container);
  double threshold;

  emitter_init (&e, scan, title);
  if (container == body || container->parent == NULL || top == NULL)
    {
      emit_text (&e, container);
      return emitter_finish (&e, kept_letters);
    }
  threshold = MAX (10.0, (top->candidate ? top->score : 0.0) * 0.2);
  for (xmlNode *s = container->parent->children; s != NULL; s = s->next)
    {
      NodeInfo *info = info_of (scan, s);
      gboolean take = s == container;

      if (info == NULL)
        continue;
      if (!take && info->candidate && info->score >= threshold)
        take = TRUE;
      if (!take && _sitrep_html_is_tag (s, "p"))
        {
          double density = link_density (info);

          take = (info->text_len > 80 && density < 0.25) ||
                 (info->text_len > 0 && info->text_len <= 80 && density == 0.0 && ends_sentence (s));
        }
      if (take)
        emit_text (&e, s);
    }
  return emitter_finish (&e, kept_letters);
}

static guint
count_letters (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p) && (*p & 0xC0) != 0x80)
      n++;
  return n;
}

/* The readable text of the whole page: the last resort. */
static char *
whole_text (xmlNode *body)
{
  Scan scan = { 0 };
  Emitter e = { 0 };
  char *text;

  scan.infos = g_array_new (FALSE, TRUE, sizeof (NodeInfo));
  scan.elements = g_ptr_array_new ();
  scan_tree (body, &scan);
  emitter_init (&e, &scan, NULL);
  e.keep_all = TRUE;
  emit_text (&e, body);
  text = emitter_finish (&e, NULL);
  scan_clear (&scan);
  g_ptr_array_unref (scan.elements);
  g_array_unref (scan.infos);
  return text;
}

char *
_sitrep_html_main_text (xmlNode    *root,
                        const char *title,
                        gboolean   *whole_page)
{
  static const Flags passes[] = {
    FLAG_STRIP_UNLIKELY | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_CLEAN_CONDITIONALLY,
    0,
  };
  Scan scan = { 0 };
  xmlNode *body = root;
  g_autofree char *lower_title = title != NULL ? g_utf8_strdown (title, -1) : NULL;
  char *best = NULL;
  guint best_len = 0;

  *whole_page = FALSE;
  for (xmlNode *n = root; n != NULL; n = _sitrep_html_walk_next (n, root, TRUE))
    if (_sitrep_html_is_tag (n, "body"))
      {
        body = n;
        break;
      }

  scan.infos = g_array_new (FALSE, TRUE, sizeof (NodeInfo));
  scan.elements = g_ptr_array_new ();
  for (gsize i = 0; i < G_N_ELEMENTS (passes); i++)
    {
      char *text;
      guint len;

      scan.flags = passes[i];
      scan_tree (body, &scan);
      score_paragraphs (&scan, body);
      text = emit_article (&scan, body, choose_container (&scan, body), lower_title, &len);
      scan_clear (&scan);
      if (best == NULL || len > best_len)
        {
          g_free (best);
          best = text;
          best_len = len;
        }
      else
        g_free (text);
      if (best_len >= 500)
        break;
    }
  g_ptr_array_unref (scan.elements);
  g_array_unref (scan.infos);

  if (count_letters (best) < 25)
    {
      char *all = whole_text (body);

      if (count_letters (all) > count_letters (best))
        {
          g_free (best);
          best = all;
          *whole_page = TRUE;
        }
      else
        g_free (all);
    }
  return best;
}
