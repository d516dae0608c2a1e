import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonView } from '@/components/lesson/lesson-view';
import { getLessons } from '@/components/content-data';
import { parseLessonModule } from '@/lib/content/lesson-module';
import { lessonHref, lessonNeighbours } from '@/lib/nav';
import { OG_IMAGE, SITE_NAME } from '@/lib/site';

interface LessonPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLessons().find((l) => l.slug === slug);
  if (!lesson) return {};
  return {
    title: lesson.title,
    description: lesson.summary,
    alternates: { canonical: lessonHref(slug) },
    openGraph: { type: 'article', siteName: SITE_NAME, title: lesson.title, description: lesson.summary, url: lessonHref(slug), images: [OG_IMAGE] },
  };
}

export default async function LessonPage({ params }: LessonPageProps) {
  const { slug } = await params;
  const lessons = getLessons();
  const meta = lessons.find((l) => l.slug === slug);
  if (!meta) notFound();
  const file = `content/lessons/${slug}.mdx`;
  const lesson = parseLessonModule(file, await import(`@/content/lessons/${slug}.mdx`));
  const { prev, next } = lessonNeighbours(lessons, slug);
  return <LessonView meta={meta} lesson={lesson} lessons={lessons} prev={prev} next={next} />;
}
