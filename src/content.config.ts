import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, markdownCollections, type CollectionName } from './lib/content-validation';

/**
 * Entries are named by their file name alone, so folders per gemeente are only for editors' order:
 * content/activiteiten/ens/wandelgroep-ens.md has the id "wandelgroep-ens" and URL /activiteiten/wandelgroep-ens/.
 */
function idFromFileName({ entry }: { entry: string }): string {
  return entry.replace(/^.*\//, '').replace(/\.(md|ya?ml)$/, '');
}

function collectionFrom<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({
      pattern: markdownCollections.has(name) ? '**/*.md' : '**/*.yaml',
      base: `./content/${name}`,
      generateId: idFromFileName,
    }),
    schema: collectionSchemas[name],
  });
}

export const collections = {
  gemeenten: collectionFrom('gemeenten'),
  gebieden: collectionFrom('gebieden'),
  organisaties: collectionFrom('organisaties'),
  locaties: collectionFrom('locaties'),
  activiteiten: collectionFrom('activiteiten'),
  schoolvakanties: collectionFrom('schoolvakanties'),
};
