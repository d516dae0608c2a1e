import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/glossary-list';
import { getGlossary, getLessons } from '@/components/content-data';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The terms of kernel-bypass networking, from NAPI and RSS to queue pairs, UMEM and ef_vi, each with a primary source.',
  alternates: { canonical: '/glossary/' },
};

export default function GlossaryPage() {
  return (
    <div className="page glossary">
      <h1>Glossary</h1>
      <p className="lede">
        Every term the lessons use, in a sentence or three. Each entry links to the lesson that teaches it and, where
        there is one, to a primary source.
      </p>
      <GlossaryList terms={getGlossary()} lessons={getLessons()} />
    </div>
  );
}
