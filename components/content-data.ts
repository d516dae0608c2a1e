import { loadGlossary, type GlossaryTerm } from '@/lib/content/glossary';
import { loadLessons } from '@/lib/content/lessons';
import type { LessonMeta } from '@/lib/content/lesson-schema';
import { cache } from 'react';

// React's request cache: each build worker reads and validates the content once per page render.
export const getLessons = cache((): LessonMeta[] => loadLessons());

export const getGlossary = cache((): GlossaryTerm[] => loadGlossary(new Set(getLessons().map((l) => l.slug))));
