import { List, Text, Title, TypographyStylesProvider } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { parseMarkdown, splitBold } from './markdown';

function Inline({ text }: { text: string }) {
  return <>{splitBold(text).map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : <Fragment key={i}>{part}</Fragment>))}</>;
}

/** Renders policy Markdown as React elements (never as HTML, so nothing in the text can run). */
export function MarkdownView({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <TypographyStylesProvider>
      {blocks.map((block, i) => {
        if (block.kind === 'heading') {
          return (
            <Title key={i} order={Math.min(block.level + 1, 4) as 2 | 3 | 4} size={block.level === 1 ? 'h3' : 'h4'} mt="md">
              <Inline text={block.text} />
            </Title>
          );
        }
        if (block.kind === 'list') {
          return (
            <List key={i} type={block.ordered ? 'ordered' : 'unordered'} spacing={4} mb="sm">
              {block.items.map((item, j) => (
                <List.Item key={j}>
                  <Inline text={item} />
                </List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={i} mb="sm">
            <Inline text={block.text} />
          </Text>
        );
      })}
    </TypographyStylesProvider>
  );
}
