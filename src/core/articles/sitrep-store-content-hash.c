/* sitrep-store-content-hash.c — the identity of an article’s text: SHA-256 of its words
 * SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "sitrep-store"

#include "config.h"

#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#endif

#include "sitrep-store-private.h"
#include "sitrep-store.h"

/* SHA-256 for _sitrep_store_content_hash (): with the x86 SHA extensions where the
 * processor has them (a tenth of the time of GChecksum, which matters when
 * thousands of articles are imported), GChecksum elsewhere. Same digest. */
#if defined(__x86_64__) && defined(__GNUC__)
#define HAVE_SHA_NI 1
#endif

typedef struct
{
  GChecksum *checksum;      /* NULL when the SHA extensions are used */
  guint32    state[8];
  guint8     block[64];
  gsize      n_block;
  guint64    n_bytes;
} ContentDigest;

#ifdef HAVE_SHA_NI
static const guint32 sha256_k[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* Runs the compression function over @n_blocks blocks of 64 bytes. */
__attribute__ ((target ("sha,ssse3,sse4.1")))
static void
sha256_blocks (guint32      state[8],
               const guint8 *data,
               gsize         n_blocks)
{
  const __m128i swap = _mm_set_epi64x (0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i tmp = _mm_loadu_si128 ((const __m128i *) &state[0]);
  __m128i state1 = _mm_loadu_si128 ((const __m128i *) &state[4]);
  __m128i state0;

  tmp = _mm_shuffle_epi32 (tmp, 0xB1);               /* CDAB */
  state1 = _mm_shuffle_epi32 (state1, 0x1B);         /* EFGH */
  state0 = _mm_alignr_epi8 (tmp, state1, 8);         /* ABEF */
  state1 = _mm_blend_epi16 (state1, tmp, 0xF0);      /* CDGH */

  for (; n_blocks > 0; n_blocks--, data += 64)
    {
      __m128i abef = state0;
      __m128i cdgh = state1;
      __m128i w[4];

      for (guint g = 0; g < 16; g++)
        {
          __m128i msg;

          if (g < 4)
            w[g] = _mm_shuffle_epi8 (_mm_loadu_si128 ((const __m128i *) (data + 16 * g)), swap);
          else
            {
              /* W[t-16] + s0 (W[t-15]) + W[t-7], then + s1 (W[t-2]) */
              __m128i x = _mm_sha256msg1_epu32 (w[g % 4], w[(g + 1) % 4]);

              x = _mm_add_epi32 (x, _mm_alignr_epi8 (w[(g + 3) % 4], w[(g + 2) % 4], 4));
              w[g % 4] = _mm_sha256msg2_epu32 (x, w[(g + 3) % 4]);
            }
          msg = _mm_add_epi32 (w[g % 4], _mm_loadu_si128 ((const __m128i *) &sha256_k[4 * g]));
          state1 = _mm_sha256rnds2_epu32 (state1, state0, msg);
          msg = _mm_shuffle_epi32 (msg, 0x0E);
          state0 = _mm_sha256rnds2_epu32 (state0, state1, msg);
        }

      state0 = _mm_add_epi32 (state0, abef);
      state1 = _mm_add_epi32 (state1, cdgh);
    }

  tmp = _mm_shuffle_epi32 (state0, 0x1B);            /* FEBA */
  state1 = _mm_shuffle_epi32 (state1, 0xB1);         /* DCHG */
  state0 = _mm_blend_epi16 (tmp, state1, 0xF0);      /* DCBA */
  state1 = _mm_alignr_epi8 (state1, tmp, 8);         /* ABEF */
  _mm_storeu_si128 ((__m128i *) &state[0], state0);
  _mm_storeu_si128 ((__m128i *) &state[4], state1);
}

static gboolean
have_sha_ni (void)
{
  static gsize checked = 0;
  static gboolean have = FALSE;

  if (g_once_init_enter (&checked))
    {
      unsigned int eax, ebx, ecx, edx;

      if (__get_cpuid (1, &eax, &ebx, &ecx, &edx) &&
          (ecx & bit_SSSE3) != 0 && (ecx & bit_SSE4_1) != 0 &&
          __get_cpuid_count (7, 0, &eax, &ebx, &ecx, &edx))
        have = (ebx & bit_SHA) != 0 && g_getenv ("SITREP_NO_SHA_NI") == NULL;
      g_once_init_leave (&checked, 1);
    }
  return have;
}
#endif

static void
content_digest_init (ContentDigest *digest)
{
  static const guint32 initial[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };

  memset (digest, 0, sizeof *digest);
#ifdef HAVE_SHA_NI
  if (have_sha_ni ())
    {
      memcpy (digest->state, initial, sizeof initial);
      return;
    }
#endif
  digest->checksum = g_checksum_new (G_CHECKSUM_SHA256);
}

static void
content_digest_update (ContentDigest *digest,
                       const guint8  *data,
                       gsize          len)
{
#ifdef HAVE_SHA_NI
  if (digest->checksum == NULL)
    {
      digest->n_bytes += len;
      if (digest->n_block > 0)
        {
          gsize n = MIN (len, 64 - digest->n_block);

          memcpy (digest->block + digest->n_block, data, n);
          digest->n_block += n;
          data += n;
          len -= n;
          if (digest->n_block < 64)
            return;
          sha256_blocks (digest->state, digest->block, 1);
          digest->n_block = 0;
        }
      if (len >= 64)
        {
          sha256_blocks (digest->state, data, len / 64);
          data += len & ~(gsize) 63;
          len &= 63;
        }
      memcpy (digest->block, data, len);
      digest->n_block = len;
      return;
    }
#endif
  g_checksum_update (digest->checksum, data, len);
}

/* The digest in lower-case hex, like g_checksum_get_string (). */
static char *
content_digest_finish (ContentDigest *digest)
{
  char *hex;

#ifdef HAVE_SHA_NI
  if (digest->checksum == NULL)
    {
      guint64 bits = digest->n_bytes * 8;
      guint8 pad[72] = { 0x80 };
      gsize n_pad = (digest->n_block < 56 ? 56 : 120) - digest->n_block;

      for (guint i = 0; i < 8; i++)
        pad[n_pad + i] = (guint8) (bits >> (56 - 8 * i));
      content_digest_update (digest, pad, n_pad + 8);
      g_assert (digest->n_block == 0);

      hex = g_malloc (65);
      for (guint i = 0; i < 32; i++)
        {
          guint8 byte = (guint8) (digest->state[i / 4] >> (24 - 8 * (i % 4)));

          hex[2 * i] = "0123456789abcdef"[byte >> 4];
          hex[2 * i + 1] = "0123456789abcdef"[byte & 15];
        }
      hex[64] = '\0';
      return hex;
    }
#endif
  hex = g_strdup (g_checksum_get_string (digest->checksum));
  g_checksum_free (digest->checksum);
  return hex;
}

/* Identity of content: the clean body with runs of white space folded, so
 * the same text captured twice with other line breaks is one article.
 * The hash is SHA-256 of the words joined by single spaces. A clean body
 * is mostly in that form already: the runs that are go to the hash as they
 * are, and only other white space (line breaks, double spaces) is
 * replaced. */
char *
_sitrep_store_content_hash (const char *body)
{
  ContentDigest digest;
  const char *p = body;
  const char *run;
  gboolean first = TRUE;

  content_digest_init (&digest);
  for (;;)
    {
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      if (!first)
        content_digest_update (&digest, (const guint8 *) " ", 1);
      first = FALSE;

      /* words joined by single spaces; every ASCII space is below '!' */
      run = p;
      for (;;)
        {
          while ((guchar) *p > ' ' || (*p != '\0' && !g_ascii_isspace (*p)))
            p++;
          if (p[0] == ' ' && p[1] != '\0' && !g_ascii_isspace (p[1]))
            p++;
          else
            break;
        }
      content_digest_update (&digest, (const guint8 *) run, p - run);
    }

  return content_digest_finish (&digest);
}
